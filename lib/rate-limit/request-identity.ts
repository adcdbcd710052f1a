// Who is asking, for rate limits only: a random device id kept in a cookie (a
// script without cookies gets a new one each time and is then held by the IP
// limit), and the client IP. Both are turned into keyed hashes before use.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { opaqueKey } from "@/lib/privacy/personal-data";

const DEVICE_COOKIE = "huiyin-device";

/**
 * The client address as seen by the nearest proxy: the right-most X-Forwarded-For
 * hop, which the reverse proxy appends (nginx `$proxy_add_x_forwarded_for`) and Next
 * fills with the socket address when no proxy did. Hops further left, and
 * X-Real-IP, come from the client and could be forged to dodge the IP limit.
 */
export function clientIp(forwardedFor: string | null): string {
  const hops =
    forwardedFor
      ?.split(",")
      .map((h) => h.trim())
      .filter(Boolean) ?? [];
  return hops.at(-1) ?? "unknown";
}

/** For Server Actions: reads (and, when missing, sets) the device cookie. */
export async function requestIdentity(): Promise<{ deviceKey: string; ipKey: string }> {
  const jar = await cookies();
  let device = jar.get(DEVICE_COOKIE)?.value;
  if (!device || !/^[0-9a-f-]{36}$/.test(device)) {
    device = randomUUID();
    jar.set(DEVICE_COOKIE, device, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  }
  const h = await headers();
  const ip = clientIp(h.get("x-forwarded-for"));
  return { deviceKey: opaqueKey("device", device), ipKey: opaqueKey("ip", ip) };
}
