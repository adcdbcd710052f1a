// Signed links in messages (issue 13): the reply link opens one wish's tracking
// page, with its rating form, without typing the code; the stop link ends the
// messages of one wish. A token names the wish and an expiry day and is signed
// with a key derived from HUIYIN_LOOKUP_KEY per purpose, so a reply token is
// never a stop token. It reveals nothing: the page behind it shows exactly what
// the tracking page shows after a correct code and digits.
//
// Short on purpose: an SMS segment is 70 characters and the link is most of one.
// 16 bytes of wish id + 2 bytes of expiry day + 10 bytes (80 bits) of HMAC-SHA256
// = 28 bytes = 38 base64url characters.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env, requireEnv } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";

/**
 * reply and stop name a wish; the reminder purposes name a market-day reminder
 * subscription (lib/reminders): its code step, its email confirmation and its stop link.
 */
export type LinkPurpose = "reply" | "stop" | "reminder-code" | "reminder-confirm" | "reminder-stop" | "unit";

const DAY_MS = 86_400_000;
const MAC_BYTES = 10;
const TOKEN_BYTES = 16 + 2 + MAC_BYTES;
/** Reply links expire after 30 days (the issue); a stop link should outlive any message. */
const LINK_DAYS: Record<LinkPurpose, number> = {
  reply: 30,
  stop: 365,
  "reminder-code": 1,
  "reminder-confirm": 7,
  "reminder-stop": 365,
  // A receiving unit's link names a referral (issue 14). It works until the
  // referral closes (answered, returned, withdrawn: checked on every use), and
  // at most this long, which outlasts any working-day deadline with extensions.
  unit: 180,
};

function mac(purpose: LinkPurpose, body: Buffer): Buffer {
  const root = Buffer.from(requireEnv("HUIYIN_LOOKUP_KEY"), "base64");
  const key = createHmac("sha256", root).update(`huiyin:message-link:${purpose}`).digest();
  return createHmac("sha256", key).update(body).digest().subarray(0, MAC_BYTES);
}

function uuidBytes(id: string): Buffer {
  const hex = id.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error("not a uuid");
  return Buffer.from(hex, "hex");
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function signMessageLink(purpose: LinkPurpose, id: string, now: Date): string {
  const body = Buffer.alloc(18);
  uuidBytes(id).copy(body, 0);
  // The last valid day, in days since 1970 (fits 16 bits until 2149).
  body.writeUInt16BE(Math.floor(now.getTime() / DAY_MS) + LINK_DAYS[purpose], 16);
  return Buffer.concat([body, mac(purpose, body)]).toString("base64url");
}

/** `id` is the wish's, or the reminder subscription's for the reminder purposes. */
export type LinkCheck = { ok: true; id: string } | { ok: false; reason: "invalid" | "expired" };

export function verifyMessageLink(purpose: LinkPurpose, token: string, now: Date): LinkCheck {
  if (!/^[A-Za-z0-9_-]{38}$/.test(token)) return { ok: false, reason: "invalid" };
  const raw = Buffer.from(token, "base64url");
  // The last character carries 4 unused bits: only the canonical spelling is
  // accepted, so one token has exactly one form.
  if (raw.length !== TOKEN_BYTES || raw.toString("base64url") !== token) return { ok: false, reason: "invalid" };
  const body = raw.subarray(0, 18);
  if (!timingSafeEqual(raw.subarray(18), mac(purpose, body))) return { ok: false, reason: "invalid" };
  if (Math.floor(now.getTime() / DAY_MS) > body.readUInt16BE(16)) return { ok: false, reason: "expired" };
  return { ok: true, id: uuidText(body.subarray(0, 16)) };
}

const LINK_PATHS: Record<Exclude<LinkPurpose, "reminder-code">, (token: string) => string> = {
  reply: (token) => `/r/${token}`,
  stop: (token) => `/r/${token}/stop`,
  "reminder-confirm": (token) => `/reminders/confirm/${token}`,
  "reminder-stop": (token) => `/reminders/stop/${token}`,
  unit: (token) => `/u/${token}`,
};

/** The absolute address of a link, in the reader's language (Chinese has no prefix). */
export function messageLinkUrl(purpose: Exclude<LinkPurpose, "reminder-code">, token: string, locale: string): string {
  const base = env.HUIYIN_PUBLIC_URL.replace(/\/$/, "");
  return `${base}${localePath(locale, LINK_PATHS[purpose](token))}`;
}
