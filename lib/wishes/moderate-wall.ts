// Staff review of the public wall (《网络信息内容生态治理规定》: a platform reviews
// what it publishes). A wish ticked "public" waits as PENDING; staff approve it
// as written, hide it, or approve a redacted text that is shown instead (a name
// or a door number taken out). Each decision is audited and expires the wall's
// cache at once: a hidden wish must not linger on a cached page.
import "server-only";
import { db } from "@/lib/db/client";
import type { WallStatus } from "@/lib/db/generated/enums";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";
import type { ModerateWallInput, WallDecision } from "./contact-request-schemas";
import { WishNotFoundError } from "./triage-transition";

const OUTCOME: Record<WallDecision, WallStatus> = { approve: "APPROVED", hide: "HIDDEN", redact: "APPROVED" };
const AUDIT = { approve: "wall.approve", hide: "wall.hide", redact: "wall.redact" } as const;

export async function moderateWall(actor: Actor | null, input: ModerateWallInput): Promise<WallStatus> {
  assertCan(actor, "wall.moderate");
  const wish = await db.wish.findUnique({
    where: { id: input.wishId },
    select: { id: true, communityId: true, isPublic: true },
  });
  if (!wish) throw new WishNotFoundError();
  assertCan(actor, "wall.moderate", wish);
  // Only the resident can put a wish on the wall; staff can only review it.
  if (!wish.isPublic) throw new ActionError("adminWishes.errors.notPublic");
  const wallStatus = OUTCOME[input.decision];
  await db.$transaction(async (tx) => {
    await tx.wish.update({
      where: { id: wish.id },
      data: {
        wallStatus,
        // "approve" shows the resident's own text; hiding keeps a redaction for later.
        ...(input.decision === "approve" ? { wallText: null } : {}),
        ...(input.decision === "redact" ? { wallText: input.wallText ?? null } : {}),
        wallModeratedAt: new Date(),
      },
    });
    await recordAudit(
      {
        action: AUDIT[input.decision],
        communityId: wish.communityId,
        actorId: actor.id,
        subjectType: "wish",
        subjectId: wish.id,
        detail: { wallStatus },
      },
      tx,
    );
  });
  invalidatePublicContent({ wall: true });
  return wallStatus;
}
