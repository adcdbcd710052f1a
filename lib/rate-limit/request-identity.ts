// Who is asking, for rate limits only: a random device id kept in a cookie (a
// script without cookies gets a new one each time and is then held by the IP
// limit), and the client IP. Both are turned into keyed hashes before use.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, servedByEdge } from "@/lib/http/edge-marker";
import { sessionCookieSecure } from "@/lib/auth/session-cookie";
import { opaqueKey } from "@/lib/privacy/personal-data";

const DEVICE_COOKIE = "huiyin-device";

/**
 * The client address, as the edge server (scripts/serve.ts) worked it out from
 * the socket and HUIYIN_TRUSTED_PROXIES and wrote into CLIENT_ADDRESS_HEADER.
 * X-Forwarded-For is never read here: a client can write it. Without the edge
 * server (`next dev`, a bare `next start`) the header is not ours either, and
 * every client counts as one "unknown" address; the per-device and per-account
 * limits still hold.
 */
export function clientIp(edgeHeader: string | null | undefined): string {
  if (!servedByEdge()) return "unknown";
  const value = edgeHeader?.trim();
  return value ? value : "unknown";
}

/** The client address of the current request (Server Actions, route handlers). */
export async function currentClientIp(): Promise<string> {
  return clientIp((await headers()).get(CLIENT_ADDRESS_HEADER));
}

/** For Server Actions: reads (and, when missing, sets) the device cookie. */
export async function requestIdentity(): Promise<{ deviceKey: string; ipKey: string }> {
  const jar = await cookies();
  let device = jar.get(DEVICE_COOKIE)?.value;
  if (!device || !/^[0-9a-f-]{36}$/.test(device)) {
    device = randomUUID();
    jar.set(DEVICE_COOKIE, device, {
      httpOnly: true,
      sameSite: "lax",
      // Secure whenever the site is served over https, like the session cookie.
      secure: sessionCookieSecure(),
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  const ip = await currentClientIp();
  return { deviceKey: opaqueKey("device", device), ipKey: opaqueKey("ip", ip) };
}
