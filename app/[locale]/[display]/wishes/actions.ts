"use server";
// The wish form's Server Action: thin on purpose. Validation is the shared
// schema (through Conform, for its error reply), rate limits and storage are
// acceptWish (shared with POST /api/wishes); this file only connects them and
// turns every outcome into the one WishFormState the form renders.
import { randomUUID } from "node:crypto";
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { requestIdentity } from "@/lib/rate-limit/request-identity";
import { acceptWish } from "@/lib/wishes/receive-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import type { WishFormErrorKey, WishFormState } from "@/lib/wishes/wish-form-state";
import { isUuid } from "@/lib/uuid";

/** Fields the resident never sees: their problems are reported for the whole form. */
const HIDDEN_FIELD_ERRORS: Record<string, WishFormErrorKey> = {
  website: "form.rejected",
  idempotencyKey: "form.expired",
};

/**
 * The posted fields without React's own ($ACTION_…, present when the form is
 * posted with JavaScript off), so they are not echoed back as form values.
 */
function formFields(formData: FormData): FormData {
  const fields = new FormData();
  for (const [name, value] of formData) if (!name.startsWith("$ACTION")) fields.append(name, value);
  return fields;
}

function nextKey(formData: FormData): string {
  const posted = formData.get("idempotencyKey");
  return typeof posted === "string" && isUuid(posted) ? posted : randomUUID();
}

/** Moves hidden-field errors to the form level; the honeypot's value is not echoed. */
function withFormErrors(result: SubmissionResult<string[]>, extra: WishFormErrorKey[] = []): SubmissionResult<string[]> {
  const error: Record<string, string[] | null> = { ...result.error };
  const formErrors = new Set<string>([...(error[""] ?? []), ...extra]);
  for (const [field, key] of Object.entries(HIDDEN_FIELD_ERRORS)) {
    if (error[field]) formErrors.add(key);
    delete error[field];
  }
  if (formErrors.size > 0) error[""] = [...formErrors];
  const initialValue = result.initialValue ? { ...result.initialValue } : result.initialValue;
  if (initialValue) delete initialValue.website;
  return { ...result, status: "error", initialValue, error };
}

/** Never the message: a database error can quote the values, and they are personal. */
function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = "code" in error && typeof error.code === "string" ? ` ${error.code}` : "";
    return `${error.name}${code}`;
  }
  return typeof error;
}

export async function submitWishAction(_previous: WishFormState, formData: FormData): Promise<WishFormState> {
  const fields = formFields(formData);
  const idempotencyKey = nextKey(fields);
  const submission = parseWithZod(fields, { schema: wishFormSchema });
  if (submission.status !== "success") {
    return { status: "invalid", result: withFormErrors(submission.reply()), idempotencyKey };
  }

  const fail = (key: WishFormErrorKey, retryAfterSeconds?: number): WishFormState => ({
    status: "invalid",
    result: withFormErrors(submission.reply(), [key]),
    idempotencyKey,
    ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
  });

  try {
    // Only valid submissions count against the limits: a resident correcting a
    // mistake with JavaScript off must not use up their attempts. A repeated
    // submission (same idempotency key) costs nothing and gets its first answer.
    const accepted = await acceptWish(submission.value, await requestIdentity());
    if (!accepted.ok) return fail("form.rateLimited", accepted.retryAfterSeconds);
    const wish = accepted.wish;
    return {
      status: "submitted",
      trackingCode: wish.trackingCode,
      hasPhone: wish.hasPhone,
      replyDays: Math.max(1, Math.ceil(wish.replyTargetHours / 24)),
      nextIdempotencyKey: randomUUID(),
    };
  } catch (error) {
    console.error(`wish submission failed: ${describe(error)}`);
    return fail("form.failed");
  }
}
