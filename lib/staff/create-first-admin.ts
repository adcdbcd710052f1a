// The first administrator of a deployment, from the command line
// (`npm run staff:create-admin`). Whoever runs it already holds the server's
// database credentials, so there is no signed-in actor to authorise: the account
// and its audit entry (actor empty, via "cli") are written by the same service as
// the staff page's, after the same validation.
import "server-only";
import { passwordContext } from "@/lib/auth/password-context";
import { checkPassword } from "@/lib/auth/password-policy";
import { db } from "@/lib/db/client";
import { insertStaffUser } from "./create-staff-user";
import { createStaffSchema } from "./staff-schemas";

export type CreateFirstAdminResult =
  | { ok: true; id: string }
  /** Message keys relative to "adminStaff", per field, as the staff form shows them. */
  | { ok: false; reason: "invalid"; fieldErrors: Partial<Record<"username" | "password" | "displayName", string[]>> }
  | { ok: false; reason: "communityNotFound" | "usernameTaken" };

/**
 * Validation of a new account, in one place: the password rules live in
 * staff-schemas.ts and whatever replaces them is picked up here too.
 */
function parseAdminInput(input: { username: string; displayName: string; password: string }) {
  return createStaffSchema.safeParse({ ...input, role: "ADMIN" });
}

export async function createFirstAdmin(input: {
  communitySlug: string;
  username: string;
  displayName?: string;
  password: string;
}): Promise<CreateFirstAdminResult> {
  const parsed = parseAdminInput({
    username: input.username,
    displayName: input.displayName ?? input.username,
    password: input.password,
  });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"username" | "password" | "displayName", string[]>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "username" || field === "password" || field === "displayName") {
        (fieldErrors[field] ??= []).push(issue.message);
      }
    }
    return { ok: false, reason: "invalid", fieldErrors };
  }
  const community = await db.community.findUnique({ where: { slug: input.communitySlug }, select: { id: true } });
  if (!community) return { ok: false, reason: "communityNotFound" };
  // Usernames are unique across communities; a clear refusal beats a constraint error.
  const existing = await db.staffUser.findUnique({ where: { username: parsed.data.username }, select: { id: true } });
  if (existing) return { ok: false, reason: "usernameTaken" };
  // The same policy as the staff page: length, common and pinyin passwords, and
  // nothing built on the username or the community's name.
  const verdict = checkPassword(
    parsed.data.password,
    await passwordContext(community.id, parsed.data.username, parsed.data.displayName),
  );
  if (!verdict.ok) return { ok: false, reason: "invalid", fieldErrors: { password: [verdict.messageKey] } };
  const created = await insertStaffUser({ communityId: community.id, actorId: null, input: parsed.data, via: "cli" });
  return { ok: true, id: created.id };
}
