// The client IP of the current request (Server Actions), and its keyed hash for
// the audit log. The raw IP is used only as part of the lockout key.
import "server-only";
import { opaqueKey } from "@/lib/privacy/personal-data";
import { currentClientIp } from "@/lib/rate-limit/request-identity";

export async function requestIp(): Promise<string> {
  return currentClientIp();
}

export async function requestIpKey(): Promise<string> {
  return opaqueKey("ip", await requestIp());
}
