// Creates a staff account in the admin's own community. The password goes through
// the password policy; an admin account needs the creator's recent re-authentication.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordContext } from "@/lib/auth/password-context";
import { checkPassword } from "@/lib/auth/password-policy";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { assertRecentReauthentication } from "@/lib/auth/reauthenticate-staff";
import { fieldActionError } from "@/lib/forms/action-error";
import { db } from "@/lib/db/client";
import { StaffError } from "./staff-errors";
import type { CreateStaffInput } from "./staff-schemas";

export async function createStaffUser(
  actor: (Actor & { sessionId?: string }) | null,
  input: CreateStaffInput,
  ipKey?: string,
): Promise<{ id: string }> {
  assertCan(actor, "staff.manage");
  // A new admin can do everything: the creator enters their password again first.
  if (input.role === "ADMIN") await assertRecentReauthentication(actor);
  const verdict = checkPassword(
    input.password,
    await passwordContext(actor.communityId, input.username, input.displayName),
  );
  if (!verdict.ok) throw fieldActionError("password", verdict.messageKey);
  if (input.organizationId) {
    // The unit must be one of the admin's own community's organisations.
    const org = await db.organization.findFirst({
      where: { id: input.organizationId, communityId: actor.communityId },
      select: { id: true },
    });
    if (!org) throw fieldActionError("organizationId", "adminStaff.errors.organizationRequired");
  }
  return insertStaffUser({ communityId: actor.communityId, actorId: actor.id, input, ipKey });
}

/**
 * Creates the account and its audit entry in one transaction. Shared with the
 * first-admin command line (create-first-admin.ts), which has no signed-in actor:
 * callers check authorisation before this.
 */
export async function insertStaffUser(options: {
  communityId: string;
  actorId: string | null;
  input: CreateStaffInput;
  ipKey?: string;
  via?: "cli";
}): Promise<{ id: string }> {
  const { communityId, actorId, input, ipKey } = options;
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.staffUser.create({
        data: {
          communityId,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          organizationId: input.organizationId ?? null,
          passwordHash,
          sessionsValidAfter: new Date(),
        },
        select: { id: true },
      });
      await recordAudit(
        {
          action: "staff.create",
          communityId,
          actorId,
          subjectType: "StaffUser",
          subjectId: created.id,
          ipKey,
          detail: options.via ? { role: input.role, via: options.via } : { role: input.role },
        },
        tx,
      );
      return created;
    });
  } catch (error) {
    // Usernames are unique across communities (they sign in without choosing one).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new StaffError("usernameTaken");
    throw error;
  }
}
