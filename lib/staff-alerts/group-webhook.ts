// The staff group's webhook (STAFF_WEBHOOK_URL): one POST of a WeCom group
// robot's text message, {"msgtype":"text","text":{"content":"…"}}. WeCom answers
// 200 with {"errcode":0} on success and 200 with another errcode on failure, so
// the body decides; any other receiver that answers 2xx without an errcode is
// taken as delivered.
import { delivered, giveUp, retryLater } from "@/lib/notifications/channels/send-result";
import type { SendResult } from "@/lib/notifications/channels/types";

const TIMEOUT_MS = 10_000;
/** WeCom's "too many messages per minute": worth trying again later. */
const THROTTLED = 45009;

export interface GroupWebhook {
  send(text: string): Promise<SendResult>;
}

export function groupWebhook(url: string): GroupWebhook {
  return {
    async send(text) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ msgtype: "text", text: { content: text } }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
          redirect: "manual",
        });
      } catch {
        return retryLater("network");
      }
      if (!response.ok)
        return response.status >= 500 || response.status === 429
          ? retryLater(`http-${response.status}`)
          : giveUp(`http-${response.status}`);
      const body = (await response.json().catch(() => ({}))) as { errcode?: unknown };
      if (body.errcode === undefined || body.errcode === 0) return delivered();
      const code = `wecom.${typeof body.errcode === "number" ? body.errcode : "unknown"}`;
      return body.errcode === THROTTLED ? retryLater(code) : giveUp(code);
    },
  };
}
