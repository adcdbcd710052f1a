// Redirects, and the one rewrite a config rule cannot express. Authorisation is
// checked inside each action and route handler, never here.
//
// Public pages do not come here: next.config.ts maps their addresses onto the
// internal /<locale>/<mode>/… routes (lib/i18n/public-routes.ts), which is
// much cheaper per request. This proxy runs only for:
// 1. The dashboard (/admin/…): without a session cookie, a redirect to the
//    sign-in page; with one, the idle timer is refreshed (lib/auth/admin-proxy.ts).
//    Whether the session is still valid, and what it may do, is decided by the
//    pages and actions (lib/auth/session.ts).
// 2. The stall directory's GET form (/stalls?category=…&q=…; an audience alone is
//    mapped by next.config.ts): audience and category become a path segment, so
//    filtered directory pages are cached like the others; free text (q) stays a
//    query parameter of a page rendered per request, so random searches cannot
//    fill the cache; and a query with empty or untidy fields redirects to its
//    tidy address.
import { type NextRequest, NextResponse } from "next/server";
import { adminSignInRedirect, refreshAdminSession } from "./lib/auth/admin-proxy";
import { DISPLAY_COOKIE, parseDisplayCookie } from "./lib/display/display-mode";
import { routing } from "./lib/i18n/routing";
import { filterToSearch, filterToSegment, isEmptyFilter, parseDirectoryFilter } from "./lib/stalls/directory-filter";

// next-intl's request header for the locale (its constant is not exported).
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/** The locale a public path names, and its segments without the locale prefix. */
function splitLocale(pathname: string): { locale: string; rest: string[] } {
  const [head = "", ...tail] = pathname.split("/").filter(Boolean);
  const prefixed = routing.locales.find((locale) => locale !== routing.defaultLocale && locale === head);
  return prefixed
    ? { locale: prefixed, rest: tail }
    : { locale: routing.defaultLocale, rest: [head, ...tail].filter(Boolean) };
}

export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { locale, rest } = splitLocale(request.nextUrl.pathname);

  if (rest[0] === "admin") {
    const signIn = adminSignInRedirect(request, locale, rest);
    if (signIn) return signIn;
    // next-intl reads the locale from this header where a page has not set it
    // (getLocale() in lib/auth/session.ts), as its own middleware would.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set(LOCALE_HEADER, locale);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    // Dashboard pages are per person: no shared or browser cache may keep them.
    response.headers.set("Cache-Control", "private, no-store");
    await refreshAdminSession(request, response);
    return response;
  }

  // The stall directory with a query (the matcher lets nothing else through).
  const filter = parseDirectoryFilter(request.nextUrl.searchParams);
  // A GET form also sends its empty fields (?q=&category=): redirect to the tidy
  // address, which is also the one that is shared and cached.
  const tidy = filterToSearch(filter);
  if (request.nextUrl.searchParams.toString() !== tidy) {
    const url = request.nextUrl.clone();
    url.search = tidy;
    return NextResponse.redirect(url, 303);
  }
  if (isEmptyFilter(filter)) return NextResponse.next();
  const mode = parseDisplayCookie(request.cookies.get(DISPLAY_COOKIE)?.value);
  const target = request.nextUrl.clone();
  // Free text never becomes a path segment: every distinct one would be its own
  // cached page. A search goes to stalls/find (rendered per request, only its
  // audience and category in the path); the other filters stay cached pages.
  const page = filter.q ? "find" : "search";
  target.pathname = ["", locale, mode, "stalls", page, filterToSegment({ ...filter, q: "" })].join("/");
  target.search = filter.q ? new URLSearchParams({ q: filter.q }).toString() : "";
  return NextResponse.rewrite(target);
}

// Read by Next at build time, so it must be a literal. Only the dashboard, and
// the stall directory with one of its query keys (entries are alternatives),
// bring a request here; tests/unit/public-routes.test.ts checks it against
// lib/i18n/routing.ts.
export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    "/en/admin",
    "/en/admin/:path*",
    // An audience alone is mapped by next.config.ts; anything else (empty, unknown) comes here.
    {
      source: "/stalls",
      has: [{ type: "query", key: "audience", value: "(?!(?:elderly|children|disabled|low-income|mothers)$).*" }],
    },
    { source: "/stalls", has: [{ type: "query", key: "category" }] },
    { source: "/stalls", has: [{ type: "query", key: "q" }] },
    {
      source: "/en/stalls",
      has: [{ type: "query", key: "audience", value: "(?!(?:elderly|children|disabled|low-income|mothers)$).*" }],
    },
    { source: "/en/stalls", has: [{ type: "query", key: "category" }] },
    { source: "/en/stalls", has: [{ type: "query", key: "q" }] },
  ],
};
