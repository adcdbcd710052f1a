// The confirmation a resident sees after submitting: built from the stored wish
// and the values just sent (the pickup point and destination go back only to
// the resident who typed them, in the action's answer, never in an address).
import "server-only";
import { randomUUID } from "node:crypto";
import { DEFAULT_TARGETS } from "@/lib/deadlines/deadline-targets";
import { formatShanghaiDate, shanghaiLocalInstant } from "@/lib/time/shanghai";
import type { SubmittedWish } from "./submit-wish";
import type { WishFormValues } from "./wish-form-rules";
import type { SubmittedWishData } from "./wish-form-state";

export function confirmationData(wish: SubmittedWish, values: WishFormValues, locale: string): SubmittedWishData {
  const neededAt = values.kind === "assistance" && values.neededAt ? shanghaiLocalInstant(values.neededAt) : null;
  return {
    trackingCode: wish.trackingCode,
    hasPhone: wish.hasPhone,
    // Working days (lib/deadlines), as the due date is counted.
    replyDays: DEFAULT_TARGETS.firstReplyDays,
    // "Submit another wish" is a new wish, never a replay of this one.
    nextIdempotencyKey: randomUUID(),
    ...(neededAt
      ? {
          assistance: {
            neededAt: formatShanghaiDate(locale, neededAt, { withTime: true, weekday: true }),
            pickupAddress: values.pickupAddress,
            destination: values.destination,
            returnTrip: values.returnTrip,
            // "Within 2 days" would be after the appointment: the resident is told
            // to expect a call, not to wait for the usual reply.
            soon: neededAt.getTime() <= wish.replyDueAt.getTime(),
          },
        }
      : {}),
  };
}
