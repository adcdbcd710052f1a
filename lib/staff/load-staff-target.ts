// The staff row a management action is about, with the record-level community
// check: a row of another community is reported as not found, not as forbidden,
// so ids of other communities cannot be probed.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { StaffError } from "./staff-errors";

type Reader = Pick<Prisma.TransactionClient, "staffUser">;

export async function loadStaffTarget(client: Reader, actor: Actor | null, userId: string) {
  assertCan(actor, "staff.manage");
  const target = await client.staffUser.findUnique({
    where: { id: userId },
    select: { id: true, communityId: true, active: true, role: true, username: true },
  });
  if (target?.communityId !== actor.communityId) throw new StaffError("notFound");
  assertCan(actor, "staff.manage", target);
  return target;
}
