"use server";
// The wish form's Server Action: the public wrapper's order (rate limit → parse
// → service → state), with the form's rules as the schema and acceptWish
// (shared with POST /api/wishes) as the service. The limit only looks: the
// service charges a valid, new wish, and refunds a retry.
import { randomUUID } from "node:crypto";
import { publicAction } from "@/lib/forms/public-action";
import { textOf } from "@/lib/forms/read-form";
import { acceptWish, wishLimitWait } from "@/lib/wishes/receive-wish";
import { rememberWish } from "@/lib/wishes/recent-wishes";
import { confirmationData } from "@/lib/wishes/wish-confirmation-data";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import type { SubmittedWishData } from "@/lib/wishes/wish-form-state";
import { isUuid } from "@/lib/uuid";
import { supportWish, supportWishSchema, type SupportResult } from "@/lib/wishes/support-wish";

export const submitWishAction = publicAction({
  name: "wish submission",
  limit: (identity, input) => wishLimitWait(identity, textOf(input, "idempotencyKey")),
  schema: wishFormSchema,
  messages: "wishForm.errors",
  // The honeypot's value is never sent back.
  secret: ["website"],
  run: async (values, { identity, locale }) => {
    const wish = await acceptWish(values, identity, locale);
    // This device keeps the code, so a reload or the back button cannot lose it (/wishes/mine).
    await rememberWish(wish.trackingCode, wish.hasPhone);
    return { wish, values };
  },
  done: ({ wish, values }, { locale }): { status: "ok"; data: SubmittedWishData } => ({
    status: "ok",
    data: confirmationData(wish, values, locale),
  }),
  // The same key for the next attempt, so a retry can never store the wish
  // twice; a fresh one when the posted key was missing or mangled, or already
  // used by another device or for other fields (the resident's next press is
  // then a new wish, as the message says).
  onError: (state) =>
    isUuid(state.values?.idempotencyKey ?? "") && state.formError !== "wishForm.errors.form.alreadySent"
      ? state
      : { ...state, values: { ...state.values, idempotencyKey: randomUUID() } },
});

/** "Me too" on the wall: the service charges the limits and counts a device once. */
export const supportWishAction = publicAction({
  name: "me too",
  schema: supportWishSchema,
  messages: "wall.errors",
  run: (values, { identity }) => supportWish(values.wishId, identity),
  done: (result: SupportResult): { status: "ok"; data: SupportResult } => ({ status: "ok", data: result }),
});
