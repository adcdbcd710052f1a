// The contract between the outbox worker and every delivery channel. The worker
// only needs to know three outcomes: delivered, try again later, or give up (and
// show staff why). Providers translate their own answers into these.

/** One SMS, as the outbox hands it to a provider. */
export interface SmsMessage {
  /** 11-digit mainland mobile number, without +86 (lib/phone.ts normalizes it). */
  to: string;
  /** The whole message as the resident reads it, sign name included. */
  text: string;
  /**
   * Our template name (e.g. "wish-received"). Gateways that send free text
   * (log, webhook) pass it on; Aliyun and Tencent map it to their approved
   * template, whose variables are filled from params.
   */
  template: string;
  /** The template's variables. Never the resident's name, building or full phone. */
  params: Record<string, string>;
  /** The notification's id: providers that support it use it as an idempotency key. */
  id: string;
}

/** One email, to a resident who gave an address or to staff. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** The notification's id: the Message-ID is derived from it, so a resend is recognisable. */
  id: string;
}

/**
 * What happened to one attempt. `code` is a short machine string for the
 * dashboard and the log (e.g. "http-503", "aliyun.isv.MOBILE_NUMBER_ILLEGAL"),
 * never a provider's free text, which may quote the phone number.
 */
export type SendResult =
  | { ok: true; providerId?: string }
  /** Transient (network, timeout, 5xx, throttled, provider misconfigured for now): retry with backoff. */
  | { ok: false; retry: true; code: string }
  /** Permanent for this message (bad number, template rejected): retrying cannot help. */
  | { ok: false; retry: false; code: string };

export type SmsProviderName = "log" | "webhook" | "aliyun" | "tencent";

export interface SmsChannel {
  readonly provider: SmsProviderName;
  send(message: SmsMessage): Promise<SendResult>;
}

export interface EmailChannel {
  send(message: EmailMessage): Promise<SendResult>;
  /** Closes pooled SMTP connections (SMTP_URL with ?pool=true), so a script can exit. */
  close(): void;
}
