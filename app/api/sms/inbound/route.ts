// POST /api/sms/inbound: replies that the SMS gateway forwards (上行短信), so a
// resident can stop messages by answering T, as every message says. The same
// contract as the outgoing webhook, the other way round (README, "Messages"):
//
//   Content-Type: application/json
//   X-Huiyin-Signature: sha256=<hex HMAC-SHA256 of the raw body, key SMS_WEBHOOK_SECRET>
//   {"from":"13800138000","text":"T"}
//
// 204 when handled (a stop keyword stops every wish sent to that phone; any
// other text is ignored: staff read replies in the gateway, not here); 401 for a
// missing or wrong signature; 404 when no SMS_WEBHOOK_SECRET is set, since then
// nobody can be trusted to speak for a phone; 413 over 64 KB. Nothing is logged
// but the outcome: the phone and the text are personal data.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { readLimitedBody } from "@/lib/http/read-body";
import { webhookSignature } from "@/lib/notifications/channels/webhook-sms";
import { isStopKeyword, stopMessagesForPhone } from "@/lib/notifications/messages/stop-messages";

const noStore = { "Cache-Control": "no-store" };
const inbound = z.object({ from: z.string().max(32), text: z.string().max(1000) });

function signedBy(secret: string, body: string, header: string | null): boolean {
  const expected = Buffer.from(webhookSignature(secret, body));
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request): Promise<Response> {
  // The size first, like every handler (a flood costs no more than 64 KB each).
  const read = await readLimitedBody(request);
  if (!read.ok) return read.response;
  const secret = env.SMS_WEBHOOK_SECRET;
  if (!secret) return new Response(null, { status: 404, headers: noStore });
  const body = new TextDecoder().decode(read.bytes);
  if (!signedBy(secret, body, request.headers.get("x-huiyin-signature")))
    return Response.json({ error: "bad-signature" }, { status: 401, headers: noStore });
  let parsed: z.infer<typeof inbound>;
  try {
    parsed = inbound.parse(JSON.parse(body));
  } catch {
    return Response.json({ error: "bad-request" }, { status: 400, headers: noStore });
  }
  if (isStopKeyword(parsed.text)) await stopMessagesForPhone(parsed.from);
  return new Response(null, { status: 204, headers: noStore });
}
