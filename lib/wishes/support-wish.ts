// "Me too" (我也是) on the public wall (issue 14 part 5): a resident who has the
// same wish says so with one press instead of writing it again. One per device:
// the (wish, device) primary key of WishSupport makes a second press count
// nothing, and the counter on the wish moves in the same transaction as the row.
// The count is not a life-cycle step: it does not touch the wish's version, so a
// staff form opened before a press is not made stale by it. Staff read the count
// on the wish page and among similar wishes when they choose council agenda items.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { WishStatus } from "@/lib/db/generated/enums";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";
import { wallWhere } from "./public-wall";
import { charge } from "./wish-limits";

/** Open wishes only: "me too" on an answered or merged wish would change nothing. */
const SUPPORTABLE_STATES = ["SUBMITTED", "REFERRED", "ESCALATED", "REOPENED"] as const satisfies WishStatus[];

export function canSupport(status: WishStatus): boolean {
  return (SUPPORTABLE_STATES as readonly WishStatus[]).includes(status);
}

export const supportWishSchema = z.object({ wishId: z.uuid({ message: "notFound" }) });

class NotSupportableError extends ActionError {
  constructor() {
    super("wall.errors.notFound");
    this.name = "NotSupportableError";
  }
}

export interface SupportResult {
  /** The wish's count after this press. */
  count: number;
  /** False when this device had said it already. */
  counted: boolean;
}

export async function supportWish(wishId: string, keys: { deviceKey: string; ipKey: string }): Promise<SupportResult> {
  await charge([
    { name: "support-device", key: keys.deviceKey },
    { name: "support-ip", key: keys.ipKey },
  ]);
  const result = await db.$transaction(async (tx) => {
    const wish = await tx.wish.findFirst({
      where: { AND: [{ id: wishId, status: { in: [...SUPPORTABLE_STATES] } }, wallWhere(null)] },
      select: { id: true, supportCount: true },
    });
    if (!wish) throw new NotSupportableError();
    const { count } = await tx.wishSupport.createMany({
      data: [{ wishId: wish.id, deviceKey: keys.deviceKey }],
      skipDuplicates: true,
    });
    if (count === 0) return { count: wish.supportCount, counted: false };
    const updated = await tx.wish.update({
      where: { id: wish.id },
      data: { supportCount: { increment: 1 } },
      select: { supportCount: true },
    });
    return { count: updated.supportCount, counted: true };
  });
  // The wall's cached cards carry the count; they may refresh in the background.
  if (result.counted) invalidatePublicContent({ wishes: true });
  return result;
}
