import { describe, expect, it } from "vitest";
import {
  isSessionCurrent,
  needsRefresh,
  remainingCookieSeconds,
  SESSION_IDLE_SECONDS,
  SESSION_MAX_AGE_SECONDS,
  sessionTimeVerdict,
} from "@/lib/auth/session-rules";
import { cookieFromHeader, sessionCookieName, sessionCookieSecure } from "@/lib/auth/session-cookie";
import { safeNextPath } from "@/lib/auth/sign-in-form";

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 29, 8, 0, 0);

describe("session time rules", () => {
  it("uses 12 h absolute and 30 min idle limits", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(12 * 3600);
    expect(SESSION_IDLE_SECONDS).toBe(30 * 60);
  });

  it("is valid while active, up to just under 12 h after sign-in", () => {
    const justBefore = T0 + 12 * HOUR - 1;
    expect(sessionTimeVerdict({ loginAt: T0, lastSeen: justBefore - 5 * MIN }, justBefore)).toBe("valid");
  });

  it("ends 12 h after sign-in however active", () => {
    const at = T0 + 12 * HOUR;
    expect(sessionTimeVerdict({ loginAt: T0, lastSeen: at - MIN }, at)).toBe("expired");
    expect(sessionTimeVerdict({ loginAt: T0, lastSeen: at }, at + 1)).toBe("expired");
  });

  it("ends after 30 min without activity", () => {
    expect(sessionTimeVerdict({ loginAt: T0, lastSeen: T0 }, T0 + 30 * MIN - 1)).toBe("valid");
    expect(sessionTimeVerdict({ loginAt: T0, lastSeen: T0 }, T0 + 30 * MIN)).toBe("idle");
    expect(sessionTimeVerdict({ loginAt: T0, lastSeen: T0 + 2 * HOUR }, T0 + 2 * HOUR + 29 * MIN)).toBe("valid");
  });

  it("rejects impossible times: from the future, seen before issued, not numbers", () => {
    expect(sessionTimeVerdict({ loginAt: T0 + 5 * MIN, lastSeen: T0 + 5 * MIN }, T0)).toBe("invalid");
    expect(sessionTimeVerdict({ loginAt: T0, lastSeen: T0 - 1 }, T0)).toBe("invalid");
    expect(sessionTimeVerdict({ loginAt: Number.NaN, lastSeen: T0 }, T0)).toBe("invalid");
  });

  it("refreshes at most once a minute, and never a session that is over", () => {
    expect(needsRefresh({ loginAt: T0, lastSeen: T0 }, T0 + 59_999)).toBe(false);
    expect(needsRefresh({ loginAt: T0, lastSeen: T0 }, T0 + MIN)).toBe(true);
    expect(needsRefresh({ loginAt: T0, lastSeen: T0 }, T0 + 31 * MIN)).toBe(false);
  });

  it("never lets the cookie outlive the absolute limit", () => {
    expect(remainingCookieSeconds({ loginAt: T0, lastSeen: T0 }, T0)).toBe(12 * 3600);
    expect(remainingCookieSeconds({ loginAt: T0, lastSeen: T0 }, T0 + 11 * HOUR)).toBe(3600);
    expect(remainingCookieSeconds({ loginAt: T0, lastSeen: T0 }, T0 + 13 * HOUR)).toBe(0);
  });
});

describe("sessionsValidAfter and active", () => {
  const user = { active: true, sessionsValidAfter: new Date(T0) };
  it("accepts a session issued after the last revocation", () => {
    expect(isSessionCurrent(T0 + 1, user)).toBe(true);
  });
  it("rejects a session issued before or at the revocation", () => {
    expect(isSessionCurrent(T0 - HOUR, user)).toBe(false);
    expect(isSessionCurrent(T0, user)).toBe(false);
  });
  it("rejects an inactive or missing user", () => {
    expect(isSessionCurrent(T0 + HOUR, { ...user, active: false })).toBe(false);
    expect(isSessionCurrent(T0 + HOUR, null)).toBe(false);
  });
});

describe("safeNextPath", () => {
  it("keeps dashboard paths, with the English prefix", () => {
    expect(safeNextPath("/admin/wishes", "zh-CN")).toBe("/admin/wishes");
    expect(safeNextPath("/en/admin/council", "en")).toBe("/en/admin/council");
    expect(safeNextPath("/admin", "zh-CN")).toBe("/admin");
  });
  it("falls back to the dashboard home for anything else", () => {
    for (const bad of [
      "//evil.example/admin",
      "https://evil.example",
      "/admin/../wishes",
      "/wishes",
      "/admin?x=1",
      "/admin/sign-in",
      "/admin\\evil",
      "",
    ]) {
      expect(safeNextPath(bad, "zh-CN")).toBe("/admin");
    }
    expect(safeNextPath("//evil", "en")).toBe("/en/admin");
  });
});

describe("session cookie", () => {
  it("is the __Secure- cookie only when the site is served over https", () => {
    expect(sessionCookieSecure("https://huiyin.example.org")).toBe(true);
    expect(sessionCookieSecure("http://127.0.0.1:3100")).toBe(false);
    expect(sessionCookieSecure(undefined)).toBe(false);
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
  it("finds one cookie in a Cookie header, by its exact name", () => {
    const header = "huiyin-device=abc; xnext-auth.session-token=evil; next-auth.session-token=eyJ.a.b=; other=1";
    expect(cookieFromHeader(header, "next-auth.session-token")).toBe("eyJ.a.b=");
    expect(cookieFromHeader(header, "missing")).toBeUndefined();
    expect(cookieFromHeader(null, "next-auth.session-token")).toBeUndefined();
  });
});
