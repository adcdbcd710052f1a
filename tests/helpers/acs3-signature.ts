// Alibaba Cloud's V3 request signature (ACS3-HMAC-SHA256), recomputed from the
// request as it arrived, the way Aliyun's gateway checks it. Written from the
// published algorithm (help.aliyun.com, "V3版本请求体&签名机制"), not from the SDK,
// so a test fails if the SDK and the algorithm ever disagree.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { ReceivedRequest } from "./local-http-server";

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** RFC 3986: encodeURIComponent leaves !'()* alone, the algorithm does not. */
function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface Acs3Check {
  accessKeyId: string;
  /** Empty when the signature is valid; otherwise what is wrong. */
  problems: string[];
}

export function checkAcs3Signature(request: ReceivedRequest, secrets: Record<string, string>): Acs3Check {
  const problems: string[] = [];
  const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
    String(request.headers.authorization ?? ""),
  );
  if (!match) return { accessKeyId: "", problems: ["no ACS3-HMAC-SHA256 Authorization header"] };
  const [, accessKeyId = "", signedList = "", signature = ""] = match;
  const signed = signedList.split(";");
  // Every x-acs-* header and the host must be covered, or they could be changed in transit.
  const mustSign = Object.keys(request.headers).filter((h) => h.startsWith("x-acs-") || h === "host");
  for (const name of mustSign) if (!signed.includes(name)) problems.push(`header ${name} is not signed`);
  if ([...signed].sort().join(";") !== signedList) problems.push("SignedHeaders are not sorted");

  const payloadHash = sha256Hex(request.body);
  if (request.headers["x-acs-content-sha256"] !== payloadHash)
    problems.push("x-acs-content-sha256 is not the body's hash");

  const url = new URL(request.url, "http://placeholder");
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const headers = signed.map((name) => `${name}:${String(request.headers[name] ?? "").trim()}\n`).join("");
  const canonical = [request.method, url.pathname, query, headers, signedList, payloadHash].join("\n");
  const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonical)}`;
  const secret = secrets[accessKeyId];
  if (secret === undefined) {
    problems.push(`unknown AccessKeyId ${accessKeyId}`);
  } else {
    const expected = createHmac("sha256", secret).update(stringToSign).digest();
    if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) problems.push("signature does not match");
  }
  // The gateway refuses requests older than 15 minutes (and replays of a nonce).
  const date = Date.parse(String(request.headers["x-acs-date"] ?? ""));
  if (!(Math.abs(Date.now() - date) < 15 * 60_000)) problems.push("x-acs-date is missing or not current");
  if (!request.headers["x-acs-signature-nonce"]) problems.push("no x-acs-signature-nonce");
  return { accessKeyId, problems };
}
