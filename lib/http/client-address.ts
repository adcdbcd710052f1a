// Which address a request comes from, decided once at the edge of the process
// (scripts/serve.ts) from the socket and the proxies the operator trusts.
//
// A client can write any X-Forwarded-For it likes. Only hops added by proxies we
// were told to trust (HUIYIN_TRUSTED_PROXIES) are believed; with none set, the
// socket's own address is the client, and forged headers change nothing.
// Behind a CDN or load balancer the operator names it, and each resident gets
// their own address instead of everyone sharing the balancer's.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

export type TrustFn = (address: string, hop: number) => boolean;

/**
 * HUIYIN_TRUSTED_PROXIES: unset, "" or "0" trusts nobody; a whole number N
 * trusts the N nearest hops (the socket's peer and the N-1 before it); anything
 * else is a comma-separated list of addresses, CIDR ranges or proxy-addr's
 * names (loopback, linklocal, uniquelocal).
 */
export function compileTrust(setting: string | undefined): TrustFn {
  const value = setting?.trim() ?? "";
  if (value === "" || value === "0") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  const list = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // proxyaddr.compile throws on a malformed entry; the caller turns that into a
  // start-up error naming the variable.
  return proxyaddr.compile(list);
}

/** Validates the setting at start-up; returns a message for a bad one. */
export function trustSettingError(setting: string | undefined): string | null {
  try {
    compileTrust(setting);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The nearest untrusted address of the request, without IPv4-mapped noise. */
export function resolveClientAddress(req: IncomingMessage, trust: TrustFn): string {
  return normaliseAddress(proxyaddr(req, trust));
}

export function normaliseAddress(address: string | undefined): string {
  if (!address) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address.toLowerCase();
}
