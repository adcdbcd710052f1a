// One way in for a resident's wish, shared by the /wishes/new Server Action and
// POST /api/wishes (scripts, a future mini-program): the same schema, the same
// rate limits, the same submitWish. Neither caller has logic of its own beyond
// reading the request and shaping the answer.
import "server-only";
import { db } from "@/lib/db";
import { consume, refund } from "@/lib/rate-limit/limiter";
import { submitWish, type SubmittedWish } from "./submit-wish";
import { wishFormSchema, type WishFormValues } from "./wish-form-schema";

export interface ReceiveKeys {
  /** Keyed hashes from lib/rate-limit/request-identity.ts. */
  deviceKey: string;
  ipKey: string;
}

export type AcceptResult = { ok: true; wish: SubmittedWish } | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

export type ReceiveResult =
  | AcceptResult
  /** Field → message keys under "wishForm.errors" (the shape Conform's reply() takes). */
  | { ok: false; reason: "invalid"; errors: Record<string, string[]> };

/** Form fields as the schema expects them: repeated names (mobility) become arrays. */
export function formToFields(form: FormData | URLSearchParams): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((v) => (typeof v === "string" ? v : ""));
    fields[key] = values.length === 1 ? values[0]! : values;
  }
  return fields;
}

function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** Parses the posted fields with the form's schema, then acceptWish(). */
export async function receiveWish(fields: Record<string, unknown>, keys: ReceiveKeys): Promise<ReceiveResult> {
  const parsed = wishFormSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, reason: "invalid", errors: fieldErrors(parsed.error.issues) };
  return acceptWish(parsed.data, keys);
}

/**
 * Rate limits, then storage, for values that already passed the schema. The
 * Server Action parses with Conform (for its error reply) and calls this.
 *
 * A retry of a wish that was already stored (a double tap, an answer lost on a
 * bad connection) gets its first result back and costs no rate-limit point:
 * residents in the park must not be locked out for their network's sake. The
 * common case, a new wish, pays for no extra query: a retry is recognised by
 * submitWish (replayed) and its point refunded, or, when the limit is already
 * reached, by one look-up before refusing.
 */
export async function acceptWish(values: WishFormValues, keys: ReceiveKeys): Promise<AcceptResult> {
  const checks = [
    { name: "wish-device", key: keys.deviceKey },
    { name: "wish-ip", key: keys.ipKey },
  ] as const;
  const limit = await consume(checks);
  if (!limit.ok) {
    const known = await db.wish.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true } });
    if (!known) return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  }
  const wish = await submitWish(values, { channel: "WEB" });
  if (wish.replayed && limit.ok) await refund(checks);
  return { ok: true, wish };
}
