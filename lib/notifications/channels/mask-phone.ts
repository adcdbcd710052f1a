// Logs and the dev outbox show a phone as 138****5678: enough for a developer to
// tell two test numbers apart, not enough to call anyone. Same format as
// maskPhone in lib/privacy/personal-data.ts, which the channels cannot import:
// that module is "server-only" and needs the encryption keys, and the channels
// also run in plain tsx scripts (npm run notify:test, the worker).

export function maskMobile(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "***********";
}
