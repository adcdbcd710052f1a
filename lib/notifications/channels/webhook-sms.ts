// SMS_PROVIDER=webhook: for enterprise SMS gateways (a government intranet's
// own, or a small bridge to any provider). The contract, documented in the README:
//
//   POST SMS_WEBHOOK_URL
//   Content-Type: application/json
//   X-Huiyin-Signature: sha256=<hex HMAC-SHA256 of the raw body, key SMS_WEBHOOK_SECRET>  (if set)
//   {"to":"13800138000","text":"…","template":"…","params":{…},"id":"…"}
//
// Any 2xx is delivered; anything else, a network error or no answer within the
// timeout is retried. The gateway should treat `id` as an idempotency key: after
// a crash between its 2xx and our commit, the same message comes again.

import { createHmac } from "node:crypto";
import { recipientProblem } from "./check-recipient";
import { delivered, retryLater } from "./send-result";
import type { SmsChannel, SmsMessage } from "./types";

export interface WebhookSmsConfig {
  url: string;
  secret?: string;
  /** A hung gateway must not hold a worker forever. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Also checks replies the gateway forwards to /api/sms/inbound: one scheme both ways. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

export function webhookSms(config: WebhookSmsConfig): SmsChannel {
  return {
    provider: "webhook",
    async send(message: SmsMessage) {
      const problem = recipientProblem(message);
      if (problem) return problem;
      // Built field by field: the documented body, in its documented order, and
      // nothing else a caller may have put on the object.
      const body = JSON.stringify({
        to: message.to,
        text: message.text,
        template: message.template,
        params: message.params,
        id: message.id,
      });
      const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
      if (config.secret) headers["x-huiyin-signature"] = webhookSignature(config.secret, body);
      let response: Response;
      try {
        response = await fetch(config.url, {
          method: "POST",
          headers,
          body,
          redirect: "error",
          signal: AbortSignal.timeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
      } catch (error) {
        return retryLater(isTimeout(error) ? "timeout" : "network");
      }
      // The body is not ours to read, but an unread body keeps the connection busy.
      await response.body?.cancel().catch(() => undefined);
      return response.ok ? delivered() : retryLater(`http-${response.status}`);
    },
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}
