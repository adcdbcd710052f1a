// Email over SMTP with nodemailer: SMTP_URL (smtp:// with STARTTLS when the
// server offers it, or smtps://), from MAIL_FROM. Nodemailer reads its options
// from the URL's query too, e.g. ?pool=true to keep connections open for a busy
// worker.
//
// The Message-ID is derived from the notification id: if a crash makes the
// worker send the same notification twice, mail clients and the mail server's
// logs show it is the same message, not two.

import nodemailer from "nodemailer";
import { delivered, giveUp, retryLater } from "./send-result";
import type { EmailChannel, EmailMessage, SendResult } from "./types";

export interface SmtpEmailConfig {
  url: string;
  from: string;
  /** Connection, greeting and idle-socket limit: a hung server must not hold a worker forever. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** <notification-ID@domain of MAIL_FROM>: unique per notification, stable across resends. */
export function messageIdFor(id: string, from: string): string {
  const domain = /@([^\s<>@]+?)>?\s*$/.exec(from)?.[1] ?? "huiyin.invalid";
  return `<notification-${id.replace(/[^A-Za-z0-9._-]/g, "")}@${domain}>`;
}

export function smtpEmail(config: SmtpEmailConfig): EmailChannel {
  const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Settings in the URL win over these.
  const transport = nodemailer.createTransport({
    url: config.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(message: EmailMessage): Promise<SendResult> {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          messageId: messageIdFor(message.id, config.from),
        });
        return delivered(info.messageId);
      } catch (error) {
        return fromError(error);
      }
    },
    close() {
      transport.close();
    },
  };
}

/**
 * Nodemailer's errors carry the server's reply code (responseCode) when the
 * server refused, and an error code (ECONNECTION, ETIMEDOUT, EAUTH, …) always.
 * SMTP's own rule decides: 4xx is temporary, 5xx permanent. A refused login is
 * retried, like a cloud SMS key that does not work: a configuration being fixed,
 * not a bad address.
 */
function fromError(error: unknown): SendResult {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (code === "EAUTH") return retryLater("smtp-auth-failed");
  if (typeof responseCode === "number") {
    const name = `smtp-${responseCode}`;
    return responseCode >= 500 ? giveUp(name) : retryLater(name);
  }
  // No reply code: the message never got a verdict (connection refused, timed
  // out, TLS failed, DNS failed), so it may well go through later.
  if (code === "EENVELOPE" || code === "EMESSAGE") return giveUp(`smtp-${code.toLowerCase()}`);
  return retryLater(typeof code === "string" && code ? `smtp-${code.toLowerCase()}` : "network");
}
