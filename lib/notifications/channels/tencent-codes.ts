// Tencent Cloud SMS (2021-01-11) answers SendSms with a status per phone number
// (SendStatusSet[].Code: "Ok" or an error code), or fails the whole call
// (Response.Error.Code). https://cloud.tencent.com/document/product/382/52075
// lists them. Which of them a later attempt can fix decides retry or give up.

import { delivered, giveUp, retryLater } from "./send-result";
import type { SendResult } from "./types";

/**
 * Worth retrying: frequency limits (per phone, per app), the package out of
 * messages (bought later), Tencent's own failures, and credentials that do not
 * work right now (a key rotation in progress must not drop a morning's messages).
 */
const TRANSIENT_PREFIXES = [
  "LimitExceeded",
  "RequestLimitExceeded",
  "InternalError",
  "AuthFailure",
  "ResourceUnavailable",
];
const TRANSIENT = new Set(["FailedOperation.InsufficientBalanceInSmsPackage", "FailedOperation.FailResolvePacket"]);

export function tencentResult(code: string | undefined, serialNo?: string): SendResult {
  if (code === "Ok") return delivered(serialNo);
  const name = `tencent.${code ?? "no-code"}`;
  if (!code) return retryLater(name);
  if (TRANSIENT.has(code) || TRANSIENT_PREFIXES.some((p) => code === p || code.startsWith(`${p}.`))) {
    return retryLater(name);
  }
  // The rest are about this message: an incorrect or blacklisted number, a
  // template or sign not approved, parameters that do not fit the template.
  return giveUp(name);
}
