// What the signed-link pages do (/r/<token>: the reply and the rating form;
// /r/<token>/stop: no more messages). A link proves the wish the way the code
// and digits do, and shows exactly what the tracking page would: the same view,
// the same rating rules (rate-wish.ts), nothing more.
import "server-only";
import { ActionError } from "@/lib/forms/action-error";
import { fieldErrorsFromZod } from "@/lib/forms/zod-errors";
import { verifyMessageLink, type LinkPurpose } from "@/lib/notifications/messages/message-link";
import { stopMessagesForWish } from "@/lib/notifications/messages/stop-messages";
import { rateWish } from "./rate-wish";
import type { RateAnswer } from "./track-request";
import type { TrackedWishView } from "./track-form";
import { rateFormSchema } from "./track-form-schema";
import { toTrackedWishView } from "./track-view";
import { loadWishById } from "./track-wish";

export type LinkedWish =
  { ok: true; wish: TrackedWishView; messagesStopped: boolean } | { ok: false; reason: "invalid" | "expired" };

async function wishOf(purpose: LinkPurpose, token: string) {
  const check = verifyMessageLink(purpose, token, new Date());
  if (!check.ok) return check;
  const found = await loadWishById(check.id);
  // Erased by the purge: as if the link had never worked.
  return found ? { ok: true as const, id: check.id, found } : { ok: false as const, reason: "invalid" as const };
}

export async function wishForLink(token: string, locale: string): Promise<LinkedWish> {
  const linked = await wishOf("reply", token);
  if (!linked.ok) return linked;
  return {
    ok: true,
    wish: toTrackedWishView(linked.found.view, locale),
    messagesStopped: linked.found.messagesStopped,
  };
}

const linkGone = () => new ActionError("track.link.gone");

export async function rateLinkedWish(
  request: { token: string; rating: string; comment: string },
  locale: string,
): Promise<RateAnswer> {
  const linked = await wishOf("reply", request.token);
  if (!linked.ok) throw linkGone();
  const before = toTrackedWishView(linked.found.view, locale);
  // The rating's own rules, with the wish's code standing in for what was typed.
  const parsed = rateFormSchema.safeParse({ code: before.code, last4: "", ...request });
  if (!parsed.success) return { wish: before, fieldErrors: fieldErrorsFromZod(parsed.error, "track.errors") };
  const outcome = await rateWish({ wishId: linked.id, rating: parsed.data.rating, comment: parsed.data.comment });
  const after = await loadWishById(linked.id);
  if (!after || outcome === "not-found") throw linkGone();
  const rating = outcome === "rated" || outcome === "reopened" ? outcome : "notRatable";
  return { wish: toTrackedWishView(after.view, locale), rating };
}

/** Either link may stop the messages: the email's stop link, or the button on the reply page. */
export async function stopLinkedMessages(token: string, purpose: LinkPurpose): Promise<void> {
  const linked = await wishOf(purpose, token);
  if (!linked.ok) throw linkGone();
  await stopMessagesForWish(linked.id);
}
