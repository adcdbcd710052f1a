// The client IP of the current request (Server Actions), and its keyed hash for
// the audit log. The raw IP is used only as part of the lockout key.
import "server-only";
import { headers } from "next/headers";
import { opaqueKey } from "@/lib/privacy/personal-data";
import { clientIp } from "@/lib/rate-limit/request-identity";

export async function requestIp(): Promise<string> {
  return clientIp((await headers()).get("x-forwarded-for"));
}

export async function requestIpKey(): Promise<string> {
  return opaqueKey("ip", await requestIp());
}
