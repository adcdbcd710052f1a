// Residents' names, phones and addresses are encrypted at rest with AES-256-GCM
// (key: HUIYIN_ENCRYPTION_KEY). What lookups need stays in clear: the last four
// phone digits, and an HMAC of the phone (key: HUIYIN_LOOKUP_KEY) for staff's
// exact-match search. Nothing here logs its input.
import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { requireEnv } from "@/lib/env";
import { maskMobile } from "@/lib/phone";

const VERSION = "v1";

function key(name: "HUIYIN_ENCRYPTION_KEY" | "HUIYIN_LOOKUP_KEY"): Buffer {
  const buffer = Buffer.from(requireEnv(name), "base64");
  if (buffer.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return buffer;
}

/** "v1:" + base64(iv ‖ tag ‖ ciphertext); a fresh 96-bit IV every time. */
export function encryptPersonal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key("HUIYIN_ENCRYPTION_KEY"), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptPersonal(sealed: string): string {
  const [version, payload] = sealed.split(":");
  if (version !== VERSION || !payload) throw new Error("unknown personal-data format");
  const raw = Buffer.from(payload, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key("HUIYIN_ENCRYPTION_KEY"), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

export function encryptOptional(plain: string | null | undefined): string | null {
  return plain ? encryptPersonal(plain) : null;
}

/** Keyed hash of a mainland mobile number, for exact-match search without storing it. */
export function phoneLookupHash(phone: string): string {
  return createHmac("sha256", key("HUIYIN_LOOKUP_KEY")).update(`phone:${phone}`).digest("hex");
}

/**
 * Keyed hash of a building as residents type it ("3 栋", "３栋" and "3栋" are one
 * building), so staff see wishes from the same building among the similar ones
 * without decrypting any address.
 */
export function buildingLookupHash(building: string): string | null {
  const normalised = building.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  if (!normalised) return null;
  return createHmac("sha256", key("HUIYIN_LOOKUP_KEY")).update(`building:${normalised}`).digest("hex");
}

/** Keyed hash for rate-limit keys (IP addresses, device ids): never stored in clear. */
export function opaqueKey(kind: string, value: string): string {
  return createHmac("sha256", key("HUIYIN_LOOKUP_KEY")).update(`${kind}:${value}`).digest("base64url").slice(0, 32);
}

/** 13812345678 → 138****5678; with only the last four known → *******5678. */
export function maskPhone(phone: string | null, last4: string | null): string | null {
  if (phone && /^\d{11}$/.test(phone)) return maskMobile(phone);
  if (last4) return `*******${last4}`;
  return null;
}
