// The public address → internal route table of next.config.ts, run through
// Next's own matcher (the functions its router uses for config rewrites), so a
// change to a rule is checked the way the server will apply it.
import type { IncomingMessage } from "node:http";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { publicRedirects, publicRewrites } from "@/lib/i18n/public-routes";
import { audienceFilters } from "@/lib/stalls/directory-filter";
import { config as proxyConfig } from "@/proxy";

type Conditions = Parameters<typeof matchHas>[2];
interface Rule {
  source: string;
  destination: string;
  has?: Conditions;
  missing?: Conditions;
}

/** The first rule that matches, as Next's router picks it; null when none does. */
function resolve(rules: Rule[], address: string, cookie?: string): string | null {
  const [path = "", search = ""] = address.split("?");
  const query = Object.fromEntries(new URLSearchParams(search));
  const req = { headers: cookie ? { cookie } : {} } as unknown as IncomingMessage;
  for (const rule of rules) {
    const match = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true });
    const params = match(path);
    if (!params) continue;
    const hasParams = matchHas(req, query, rule.has, rule.missing);
    if (!hasParams) continue;
    const { parsedDestination } = prepareDestination({
      appendParamsToQuery: true,
      destination: rule.destination,
      params: { ...params, ...hasParams },
      query,
    });
    return parsedDestination.pathname ?? null;
  }
  return null;
}

const rewrite = (path: string, cookie?: string) => resolve(publicRewrites(), path, cookie);

describe("public rewrites", () => {
  it("maps Chinese addresses onto /zh-CN/<mode>/…", () => {
    expect(rewrite("/")).toBe("/zh-CN/standard");
    expect(rewrite("/market-days")).toBe("/zh-CN/standard/market-days");
    expect(rewrite("/market-days/2023-05-27-x/stalls/abc/poster")).toBe(
      "/zh-CN/standard/market-days/2023-05-27-x/stalls/abc/poster",
    );
    expect(rewrite("/admin/wishes")).toBe("/zh-CN/standard/admin/wishes");
  });

  it("maps English addresses onto /en/<mode>/…", () => {
    expect(rewrite("/en")).toBe("/en/standard");
    expect(rewrite("/en/stalls")).toBe("/en/standard/stalls");
    expect(rewrite("/en/wishes/new")).toBe("/en/standard/wishes/new");
  });

  it("takes the mode from the display cookie, and the standard mode for a missing or unknown one", () => {
    expect(rewrite("/", "huiyin-display=large")).toBe("/zh-CN/large");
    expect(rewrite("/stalls", "a=1; huiyin-display=large-contrast")).toBe("/zh-CN/large-contrast/stalls");
    expect(rewrite("/en/organizations", "huiyin-display=contrast")).toBe("/en/contrast/organizations");
    expect(rewrite("/en", "huiyin-display=huge")).toBe("/en/standard");
    expect(rewrite("/market-days", "huiyin-display=")).toBe("/zh-CN/standard/market-days");
  });

  it("maps the directory filtered by audience alone onto its cached search page", () => {
    expect(rewrite("/stalls?audience=elderly")).toBe("/zh-CN/standard/stalls/search/audience%3Delderly");
    expect(rewrite("/en/stalls?audience=low-income", "huiyin-display=large")).toBe(
      "/en/large/stalls/search/audience%3Dlow-income",
    );
    // Anything else is proxy.ts's: the plain directory here, the rest there.
    expect(rewrite("/stalls?audience=elderly&q=理发")).toBe("/zh-CN/standard/stalls");
    expect(rewrite("/stalls?audience=martians")).toBe("/zh-CN/standard/stalls");
  });

  it("gives calendars and feeds a locale but no mode", () => {
    expect(rewrite("/calendar.ics", "huiyin-display=large")).toBe("/zh-CN/calendar.ics");
    expect(rewrite("/en/feed.xml")).toBe("/en/feed.xml");
    expect(rewrite("/market-days/2023-05-27-x/calendar.ics")).toBe("/zh-CN/market-days/2023-05-27-x/calendar.ics");
  });

  it("leaves internal paths, API routes and Next's files alone", () => {
    // What proxy.ts has rewritten the directory's query to must not be prefixed again.
    expect(rewrite("/zh-CN/large/stalls/search/q%3Dx")).toBeNull();
    expect(rewrite("/en/large/stalls/search/q%3Dx")).toBeNull();
    expect(rewrite("/api/health")).toBeNull();
    expect(rewrite("/_next/static/chunks/a.js")).toBeNull();
  });

  it("does not mistake a page that merely starts like a locale for one", () => {
    expect(rewrite("/english-corner")).toBe("/zh-CN/standard/english-corner");
    expect(rewrite("/apiary")).toBe("/zh-CN/standard/apiary");
  });

  it("redirects the default locale's prefix to the short address", () => {
    const redirect = (path: string) => resolve(publicRedirects(), path);
    expect(redirect("/zh-CN")).toBe("/");
    expect(redirect("/zh-CN/market-days/x")).toBe("/market-days/x");
    expect(redirect("/market-days")).toBeNull();
  });
});

describe("proxy matcher", () => {
  // The matcher is a literal (Next reads it at build time): check it still covers
  // the dashboard and the directory's query keys in every locale.
  const sources = proxyConfig.matcher.map((entry) =>
    typeof entry === "string" ? entry : `${entry.source}?${entry.has[0]!.key}`,
  );
  const matcherRules = proxyConfig.matcher.flatMap((entry) =>
    typeof entry === "string" ? [] : [{ source: entry.source, has: entry.has as Conditions, destination: "/proxy" }],
  );
  const proxied = (address: string) => resolve(matcherRules, address) === "/proxy";

  it("covers the dashboard in every locale", () => {
    expect(sources).toEqual(expect.arrayContaining(["/admin", "/admin/:path*", "/en/admin", "/en/admin/:path*"]));
  });

  it("covers the stall directory's query keys in every locale", () => {
    for (const path of ["/stalls", "/en/stalls"]) {
      for (const key of ["audience", "category", "q"]) expect(sources).toContain(`${path}?${key}`);
    }
  });

  it("leaves an audience alone to the config rewrite, and sends every other query to the proxy", () => {
    for (const audience of audienceFilters) {
      expect(proxied(`/stalls?audience=${audience}`)).toBe(false);
      expect(proxied(`/en/stalls?audience=${audience}`)).toBe(false);
    }
    // Next's `has` never matches an empty value: an all-empty form is the plain directory.
    expect(proxied("/stalls?audience=&category=&q=")).toBe(false);
    expect(rewrite("/stalls?audience=&category=&q=")).toBe("/zh-CN/standard/stalls");
    expect(rewrite("/stalls?audience=elderly&category=&q=")).toBe("/zh-CN/standard/stalls/search/audience%3Delderly");
    expect(proxied("/stalls?audience=elderly2")).toBe(true);
    expect(proxied("/stalls?audience=elderly&category=health")).toBe(true);
    expect(proxied("/en/stalls?q=haircut")).toBe(true);
    expect(proxied("/stalls")).toBe(false);
  });
});
