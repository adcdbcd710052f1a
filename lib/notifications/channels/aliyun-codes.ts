// Aliyun SMS (dysmsapi 2017-05-25) answers SendSms with a Code: "OK", or an
// error code, usually in an HTTP 200 body, sometimes as an HTTP 4xx/5xx error.
// https://help.aliyun.com/zh/sms/developer-reference/api-error-codes lists them.
// Which of them a later attempt can fix decides retry or give up.

import { delivered, giveUp, retryLater } from "./send-result";
import type { SendResult } from "./types";

/**
 * Worth retrying: throttles, the account out of balance or suspended (topped up
 * or restored later), Aliyun's own failures, and credentials that do not work
 * right now (a key rotation in progress must not drop a morning's messages).
 */
const TRANSIENT = new Set([
  "isv.BUSINESS_LIMIT_CONTROL",
  "isv.DAY_LIMIT_CONTROL",
  "isv.OUT_OF_SERVICE",
  "isv.AMOUNT_NOT_ENOUGH",
  "isv.ACCOUNT_ABNORMAL",
  "isp.SYSTEM_ERROR",
  "isp.GATEWAY_ERROR",
  "SignatureDoesNotMatch",
  "SignatureNonceUsed",
  "InvalidAccessKeyId.NotFound",
  "InvalidAccessKeyId.Inactive",
  "InvalidTimeStamp.Expired",
  "isp.RAM_PERMISSION_DENY",
  "Forbidden.RAM",
  "ServiceUnavailable",
  "InternalError",
]);

/** Maps one Aliyun code (and the HTTP status it came with) to a result. */
export function aliyunResult(code: string | undefined, httpStatus: number, bizId?: string): SendResult {
  if (code === "OK") return delivered(bizId);
  const name = `aliyun.${code ?? "no-code"}`;
  if (httpStatus >= 500 || !code) return retryLater(name);
  if (TRANSIENT.has(code) || code.startsWith("Throttling")) return retryLater(name);
  // The rest are about this message: an illegal or blacklisted number, a
  // template or sign not approved, parameters that do not fit the template.
  return giveUp(name);
}
