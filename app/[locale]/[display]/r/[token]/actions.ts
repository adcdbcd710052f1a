"use server";
// The signed link's two forms: rate the wish, and stop its messages. The token
// travels in the POST body; what it proves is checked again on every post
// (lib/wishes/link-request.ts). Made with the public wrapper like the tracking
// page's actions, with the tracking limits: a link is a look-up without typing.
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction, type RequestIdentity } from "@/lib/forms/public-action";
import type { TrackData } from "@/lib/wishes/track-form";
import { rateLinkedWish, stopLinkedMessages } from "@/lib/wishes/link-request";
import { trackLimits, waitFor } from "@/lib/wishes/wish-limits";

const text = z.string().catch("");
const limit = (identity: RequestIdentity) => waitFor(trackLimits(identity));

export const rateByLinkAction = publicAction({
  name: "wish rating by link",
  limit,
  messages: "track.errors",
  schema: z.object({ token: text, rating: text, comment: text }),
  run: (request, { locale }) => rateLinkedWish(request, locale),
  done: (answer, { values }): FormState<TrackData> =>
    "fieldErrors" in answer
      ? {
          status: "error",
          formError: "forms.errors.checkFields",
          fieldErrors: answer.fieldErrors,
          data: { wish: answer.wish },
          values,
        }
      : { status: "ok", message: `track.rate.${answer.rating}`, data: { wish: answer.wish }, values },
});

export const stopMessagesAction = publicAction({
  name: "stop messages",
  limit,
  messages: "track.errors",
  schema: z.object({ token: text, purpose: z.enum(["reply", "stop"]).catch("reply") }),
  run: ({ token, purpose }) => stopLinkedMessages(token, purpose),
  done: (): FormState => ({ status: "ok", message: "track.link.stopped" }),
});
