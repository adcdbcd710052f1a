// Usernames are stored in lower case (lib/staff/staff-schemas.ts enforces it), so
// "Admin" and "admin " sign in as the same account and share one failure count.
export function normaliseUsername(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}
