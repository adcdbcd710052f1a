// One way in for a resident's wish, shared by the /wishes/new Server Action and
// POST /api/wishes (scripts, a future mini-program): the same rules, the same
// rate limits, the same submitWish. Neither caller has logic of its own beyond
// reading the request and shaping the answer.
import "server-only";
import { db } from "@/lib/db";
import { consume, refund } from "@/lib/rate-limit/limiter";
import { IdempotencyConflictError, submitWish, type SubmittedWish } from "./submit-wish";
import { checkWishForm, type WishFormProblems, type WishFormValues } from "./wish-form-rules";
import { RateLimitedError, waitFor, wishLimits, type RequestKeys } from "./wish-limits";

export type ReceiveResult =
  | { ok: true; wish: SubmittedWish }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number }
  /** The idempotency key was already used by another device or for other fields. */
  | { ok: false; reason: "conflict" }
  /** Field → message keys under "wishForm.errors"; problems of the whole form under "form". */
  | { ok: false; reason: "invalid"; errors: WishFormProblems };

async function isStored(idempotencyKey: string): Promise<boolean> {
  if (!idempotencyKey || idempotencyKey.length > 64) return false;
  return (await db.wish.findUnique({ where: { idempotencyKey }, select: { id: true } })) !== null;
}

/**
 * The Server Action's limit, checked before anything is parsed and without
 * taking a point: null to go on, else the seconds to wait. A wish that was
 * already stored under this key goes on all the same, to get its first answer.
 */
export async function wishLimitWait(keys: RequestKeys, idempotencyKey: string): Promise<number | null> {
  const wait = await waitFor(wishLimits(keys));
  return wait !== null && !(await isStored(idempotencyKey)) ? wait : null;
}

/**
 * Rate limits, then storage, for values that already passed the rules.
 *
 * A retry of a wish that was already stored (a double tap, an answer lost on a
 * bad connection) gets its first result back and costs no rate-limit point:
 * residents in the park must not be locked out for their network's sake. The
 * common case, a new wish, pays for no extra query: a retry is recognised by
 * submitWish (replayed) and its point refunded, or, when the limit is already
 * reached, by one look-up before refusing with RateLimitedError.
 */
export async function acceptWish(values: WishFormValues, keys: RequestKeys, locale = "zh"): Promise<SubmittedWish> {
  const checks = wishLimits(keys);
  const limit = await consume(checks);
  if (!limit.ok && !(await isStored(values.idempotencyKey))) throw new RateLimitedError(limit.retryAfterSeconds);
  let wish: SubmittedWish;
  try {
    wish = await submitWish(values, { channel: "WEB", deviceKey: keys.deviceKey, locale });
  } catch (error) {
    // A conflict stored nothing: its point goes back like a retry's.
    if (error instanceof IdempotencyConflictError && limit.ok) await refund(checks);
    throw error;
  }
  if (wish.replayed && limit.ok) await refund(checks);
  return wish;
}

/** POST /api/wishes: checks the posted fields with the form's rules, then acceptWish(). */
export async function receiveWish(fields: Record<string, unknown>, keys: RequestKeys): Promise<ReceiveResult> {
  const checked = checkWishForm(fields);
  if (!checked.ok) {
    const { "": form, ...errors } = checked.problems;
    return { ok: false, reason: "invalid", errors: form ? { ...errors, form } : errors };
  }
  try {
    // A JSON caller may say which language the messages should be in.
    const locale = fields.locale === "en" ? "en" : "zh";
    return { ok: true, wish: await acceptWish(checked.value, keys, locale) };
  } catch (error) {
    if (error instanceof RateLimitedError)
      return { ok: false, reason: "rate-limited", retryAfterSeconds: error.retryAfterSeconds };
    if (error instanceof IdempotencyConflictError) return { ok: false, reason: "conflict" };
    throw error;
  }
}
