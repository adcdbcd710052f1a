// Request bodies for route handlers, read with a ceiling. request.formData()
// and request.text() read whatever arrives, so a 3 MB post (or an endless
// chunked one) costs memory and parsing before any check could refuse it.
// Here a declared Content-Length over the limit is refused before a byte is
// read, and a body without one (chunked) is counted while it streams and
// dropped the moment it passes the limit.

/** Every form and API body of the portal fits in far less (the wish form is a few KB). */
const BODY_LIMIT_BYTES = 64 * 1024;

export type LimitedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; response: Response };

function payloadTooLarge(): Response {
  return Response.json(
    { error: "payload-too-large", limitBytes: BODY_LIMIT_BYTES },
    { status: 413, headers: { "Cache-Control": "no-store", Connection: "close" } },
  );
}

function declaredLength(request: Request): number | null {
  const raw = request.headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/** The whole body, or a 413 once it passes `limit` bytes (declared or counted). */
export async function readLimitedBody(request: Request, limit = BODY_LIMIT_BYTES): Promise<LimitedBody> {
  const declared = declaredLength(request);
  if (declared !== null && declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, response: payloadTooLarge() };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: payloadTooLarge() };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

export type LimitedForm = { ok: true; form: FormData } | { ok: false; response: Response | null };

/**
 * The body as FormData within the limit. `response` is the 413 for a body too
 * large, or null for one that is not a readable form (the caller answers 400
 * in its own words).
 */
export async function readLimitedForm(request: Request, limit = BODY_LIMIT_BYTES): Promise<LimitedForm> {
  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body;
  const type = request.headers.get("content-type") ?? "";
  try {
    return { ok: true, form: await new Response(body.bytes, { headers: { "Content-Type": type } }).formData() };
  } catch {
    return { ok: false, response: null };
  }
}

/**
 * For handlers that take no body (GET endpoints) or hand the request on (next-auth):
 * a 413 when the body is too large, else the request with its body already
 * read into memory, so whatever reads it next reads at most `limit` bytes.
 */
export async function limitBody(
  request: Request,
  limit = BODY_LIMIT_BYTES,
): Promise<{ ok: true; request: Request } | { ok: false; response: Response }> {
  if (!request.body) {
    const declared = declaredLength(request);
    return declared !== null && declared > limit ? { ok: false, response: payloadTooLarge() } : { ok: true, request };
  }
  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body;
  const init: RequestInit = { method: request.method, headers: request.headers, signal: request.signal };
  if (request.method !== "GET" && request.method !== "HEAD") init.body = body.bytes;
  return { ok: true, request: new Request(request, init) };
}
