import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { compileTrust, normaliseAddress, resolveClientAddress, trustSettingError } from "@/lib/http/client-address";

function request(socketAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: socketAddress },
    connection: { remoteAddress: socketAddress },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  } as unknown as IncomingMessage;
}

describe("resolveClientAddress", () => {
  it("uses the socket's address and ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    const trust = compileTrust(undefined);
    for (const forged of ["203.0.113.9", "10.0.0.1, 198.51.100.4", "1.2.3.4, 5.6.7.8, 9.9.9.9"]) {
      expect(resolveClientAddress(request("192.0.2.10", forged), trust)).toBe("192.0.2.10");
    }
  });

  it("with a hop count, believes that many proxies and no more", () => {
    // nginx at 10.0.0.2 appended the address it saw (198.51.100.4); the client forged 203.0.113.9.
    const req = request("10.0.0.2", "203.0.113.9, 198.51.100.4");
    expect(resolveClientAddress(req, compileTrust("1"))).toBe("198.51.100.4");
    // A load balancer and an ingress: two hops.
    expect(resolveClientAddress(request("10.0.0.3", "203.0.113.9, 198.51.100.4, 10.0.0.2"), compileTrust("2"))).toBe(
      "198.51.100.4",
    );
  });

  it("with a CIDR list, skips only the listed proxies", () => {
    const trust = compileTrust("10.0.0.0/8, loopback");
    expect(resolveClientAddress(request("127.0.0.1", "198.51.100.4, 10.1.2.3"), trust)).toBe("198.51.100.4");
    // A socket peer outside the list is the client, whatever it forwarded.
    expect(resolveClientAddress(request("192.0.2.50", "198.51.100.4"), trust)).toBe("192.0.2.50");
  });

  it("strips the IPv4-mapped IPv6 prefix", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normaliseAddress(undefined)).toBe("unknown");
  });
});

describe("trustSettingError", () => {
  it("accepts counts, lists and names, and names what is wrong otherwise", () => {
    for (const ok of [undefined, "", "0", "2", "10.0.0.0/8", "loopback, 172.16.0.0/12"]) {
      expect(trustSettingError(ok)).toBeNull();
    }
    expect(trustSettingError("not-an-address")).toMatch(/not-an-address/);
    expect(trustSettingError("10.0.0.0/99")).not.toBeNull();
  });
});
