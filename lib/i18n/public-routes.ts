// How a public address maps onto the internal route tree /<locale>/<mode>/…,
// as next.config.ts rewrites and redirects.
//
// Why the config and not proxy.ts: these rewrites run for every page view, and
// Next applies config rewrites with a precompiled regex inside its router, while
// a proxy costs a full middleware invocation per request (a NextRequest, the
// proxy bundle, header merging). Measured on the home page, the proxy was a
// third of the time of serving a cached page (see README, "How the public pages
// are served").
//
// - Chinese at "/", English at "/en" (lib/i18n/routing.ts); "/zh-CN/…" redirects
//   to "/…", so each page has one address.
// - The display-mode cookie (lib/display/display-mode.ts) becomes the <mode>
//   segment, so every mode is its own statically cached page. A missing or
//   unknown cookie gives the standard mode.
// - Calendars and feeds (.ics, .xml) have a locale but no mode.
// - The stall directory filtered by audience alone becomes its cached search page.
// - proxy.ts still runs for the dashboard (sign-in redirect, idle timer) and for
//   the stall directory's other queries, which it tidies and turns into a path segment.
import type { NextConfig } from "next";
import { DISPLAY_COOKIE, displayModes } from "../display/display-mode";
import { audienceFilters } from "../stalls/audience-filters";
import { routing } from "./routing";

type RewriteRules = Awaited<ReturnType<NonNullable<NextConfig["rewrites"]>>>;
type Rewrite = Extract<RewriteRules, unknown[]>[number];
type Redirect = Awaited<ReturnType<NonNullable<NextConfig["redirects"]>>>[number];

const MODE_PARAM = "mode";
const nonDefaultModes = displayModes.filter((mode) => mode !== "standard");
const modeCookie = {
  type: "cookie" as const,
  key: DISPLAY_COOKIE,
  value: `(?<${MODE_PARAM}>${nonDefaultModes.join("|")})`,
};
// Path heads that are never public pages of the default locale: the other
// locales, the internal locale prefix itself, API routes and Next's files.
const otherLocales = routing.locales.filter((locale) => locale !== routing.defaultLocale);
const reservedHeads = [...otherLocales, routing.defaultLocale, "api", "_next"];
// Internal paths that proxy.ts has already rewritten (/en/<mode>/stalls/search/…)
// must not be prefixed a second time.
const modeHeads = displayModes.join("|");

function prefixOf(locale: string): string {
  return locale === routing.defaultLocale ? "" : `/${locale}`;
}

// The directory filtered by audience alone (/stalls?audience=elderly) is what the
// audience buttons link to, so it is mapped here; any other directory query
// goes through proxy.ts, which also tidies it (its matcher leaves this one out).
const audienceQuery = { type: "query" as const, key: "audience", value: `(?<audience>${audienceFilters.join("|")})` };
const audienceOnly = {
  has: [audienceQuery],
  missing: [
    { type: "query" as const, key: "category" },
    { type: "query" as const, key: "q" },
  ],
};

/** The rewrites of one locale, most specific first. */
function localeRewrites(locale: string): Rewrite[] {
  const prefix = prefixOf(locale);
  const notReserved =
    locale === routing.defaultLocale ? `(?!(?:${reservedHeads.join("|")})(?:/|$))` : `(?!(?:${modeHeads})(?:/|$))`;
  const rest = `:path(${notReserved}.+)`;
  return [
    // Calendars and feeds: locale only.
    { source: `${prefix}/:path(${notReserved}.+\\.(?:ics|xml))`, destination: `/${locale}/:path` },
    // The home page.
    { source: prefix || "/", has: [modeCookie], destination: `/${locale}/:${MODE_PARAM}` },
    { source: prefix || "/", destination: `/${locale}/standard` },
    // The directory filtered by audience; the segment is what filterToSegment() makes.
    {
      source: `${prefix}/stalls`,
      ...audienceOnly,
      has: [modeCookie, audienceQuery],
      destination: `/${locale}/:${MODE_PARAM}/stalls/search/audience%3D:audience`,
    },
    {
      source: `${prefix}/stalls`,
      ...audienceOnly,
      destination: `/${locale}/standard/stalls/search/audience%3D:audience`,
    },
    // Every other page.
    { source: `${prefix}/${rest}`, has: [modeCookie], destination: `/${locale}/:${MODE_PARAM}/:path` },
    { source: `${prefix}/${rest}`, destination: `/${locale}/standard/:path` },
  ];
}

/**
 * Applied after Next has looked for a file or a static route (public/, /bench/…,
 * /api/health), so those are never rewritten. Non-default locales come first:
 * their prefix would otherwise read as a page of the default locale.
 */
export function publicRewrites(): Rewrite[] {
  const ordered = [...otherLocales, routing.defaultLocale];
  return ordered.flatMap(localeRewrites);
}

export function publicRedirects(): Redirect[] {
  const internal = `/${routing.defaultLocale}`;
  return [
    { source: internal, destination: "/", permanent: true },
    { source: `${internal}/:path*`, destination: "/:path*", permanent: true },
  ];
}
