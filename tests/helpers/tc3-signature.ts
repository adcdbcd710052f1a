// Tencent Cloud's API 3.0 request signature (TC3-HMAC-SHA256), recomputed from
// the request as it arrived, the way Tencent's gateway checks it. Written from
// the published algorithm (cloud.tencent.com/document/api/382/52072, "签名方法
// v3"), not from the SDK, so a test fails if the two ever disagree.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { ReceivedRequest } from "./local-http-server";

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

export interface Tc3Check {
  secretId: string;
  service: string;
  problems: string[];
}

export function checkTc3Signature(request: ReceivedRequest, secrets: Record<string, string>): Tc3Check {
  const problems: string[] = [];
  const match =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      String(request.headers.authorization ?? ""),
    );
  if (!match) return { secretId: "", service: "", problems: ["no TC3-HMAC-SHA256 Authorization header"] };
  const [, secretId = "", date = "", service = "", signedList = "", signature = ""] = match;
  const signed = signedList.split(";");
  for (const name of ["content-type", "host"])
    if (!signed.includes(name)) problems.push(`header ${name} is not signed`);

  const timestamp = Number(request.headers["x-tc-timestamp"]);
  // The gateway refuses a request more than 5 minutes off, and a date that is not the timestamp's.
  if (!(Math.abs(Date.now() / 1000 - timestamp) < 300)) problems.push("X-TC-Timestamp is missing or not current");
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date)
    problems.push("credential date is not the timestamp's");

  const url = new URL(request.url, "http://placeholder");
  const headers = signed
    .map((name) => {
      // The test server listens on a port of its own; the real endpoint is on
      // the default port, which the Host header then leaves out.
      const value = name === "host" ? String(request.headers.host ?? "").replace(/:\d+$/, "") : request.headers[name];
      return `${name}:${String(value ?? "")
        .trim()
        .toLowerCase()}\n`;
    })
    .join("");
  const canonical = [
    request.method,
    url.pathname,
    url.search.slice(1),
    headers,
    signedList,
    sha256Hex(request.body),
  ].join("\n");
  const stringToSign = [
    "TC3-HMAC-SHA256",
    String(timestamp),
    `${date}/${service}/tc3_request`,
    sha256Hex(canonical),
  ].join("\n");
  const secretKey = secrets[secretId];
  if (secretKey === undefined) {
    problems.push(`unknown SecretId ${secretId}`);
  } else {
    const signing = hmac(hmac(hmac(`TC3${secretKey}`, date), service), "tc3_request");
    const expected = hmac(signing, stringToSign);
    if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) problems.push("signature does not match");
  }
  return { secretId, service, problems };
}
