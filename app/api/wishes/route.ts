// POST /api/wishes: the wish form's fields, form-encoded, for clients that cannot
// call the Server Action (the benchmark, a future WeChat mini-program). Same
// rules, rate limits and storage as the form (lib/wishes/receive-wish.ts).
//
// 201 {trackingCode, replyDueAt} for a new wish, 200 with the same body when the
// idempotency key was already used by this device for the same fields; 409 when
// it was used by another device or for other fields (never its code); 400 {errors: {field: [key…]}} with keys under
// "wishForm.errors" (a filled honeypot or a bad idempotency key under "form");
// 429 {error: "rate-limited", retryAfterSeconds}; 503 {error: "unavailable"} when
// the database cannot be reached (send again with the same key).
import { readForm } from "@/lib/forms/read-form";
import { readLimitedForm } from "@/lib/http/read-body";
import { requestIdentity } from "@/lib/rate-limit/request-identity";
import { receiveWish } from "@/lib/wishes/receive-wish";

const noStore = { "Cache-Control": "no-store" };

/**
 * A browser on another site could post here with the resident's cookies (a plain
 * HTML form needs no CORS). Server Actions get this check from Next; a route
 * handler does it itself. Clients without an Origin header (scripts, apps) pass.
 */
function crossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function POST(request: Request): Promise<Response> {
  if (crossSite(request)) return Response.json({ error: "forbidden-origin" }, { status: 403, headers: noStore });
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    return Response.json({ error: "unsupported-media-type" }, { status: 415, headers: noStore });
  }
  const read = await readLimitedForm(request);
  if (!read.ok) {
    return read.response ?? Response.json({ errors: { form: ["form.rejected"] } }, { status: 400, headers: noStore });
  }
  const form = read.form;

  let result: Awaited<ReturnType<typeof receiveWish>>;
  try {
    result = await receiveWish(readForm(form), await requestIdentity());
  } catch (error) {
    // The database is away (a restart, a failover): nothing was promised, so the
    // client sends the same fields and key again. The form shows the same as
    // "系统出了点问题…您填写的内容都还在". The error may carry the submitted
    // values, so only its kind is logged.
    logRefusal(errorKind(error));
    return Response.json(
      { error: "unavailable", message: "forms.errors.failed" },
      { status: 503, headers: { ...noStore, "Retry-After": "30" } },
    );
  }
  if (result.ok) {
    const { trackingCode, replyDueAt, replayed } = result.wish;
    return Response.json({ trackingCode, replyDueAt }, { status: replayed ? 200 : 201, headers: noStore });
  }
  if (result.reason === "rate-limited") {
    return Response.json(
      { error: "rate-limited", retryAfterSeconds: result.retryAfterSeconds },
      { status: 429, headers: { ...noStore, "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  if (result.reason === "conflict") {
    // Not the first answer: the key was used by another device or for other
    // fields, and the code it holds is not this client's to read.
    return Response.json({ errors: { form: ["form.alreadySent"] } }, { status: 409, headers: noStore });
  }
  return Response.json({ errors: result.errors }, { status: 400, headers: noStore });
}

function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}

// One line per outage, not one per refused request: a stopped database under
// load refuses hundreds a second.
let refusedSince = 0;
let refusedCount = 0;
function logRefusal(kind: string): void {
  refusedCount += 1;
  const now = Date.now();
  if (now - refusedSince < 10_000) return;
  console.error(`[huiyin] /api/wishes: not stored (${kind}); ${refusedCount} refused since the last report`);
  refusedSince = now;
  refusedCount = 0;
}
