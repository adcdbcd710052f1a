// Routing only; authorisation is checked inside each action and route handler.
//
// 1. next-intl: Chinese at "/", English at "/en".
// 2. The display mode cookie (large text / high contrast) becomes a path segment,
//    /<locale>/<mode>/…, so that every mode is a separately cached static page.
// 3. The stall directory's GET form (/stalls?audience=…&q=…) becomes a path
//    segment too, so filtered directory pages are cached like the others.
// 4. The dashboard (/admin/…): without a session cookie, a redirect to the
//    sign-in page; with one, the idle timer is refreshed (lib/auth/admin-proxy.ts).
//    Whether the session is still valid, and what it may do, is decided by the
//    pages and actions (lib/auth/session.ts), never here.
import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { adminSignInRedirect, refreshAdminSession } from "./lib/auth/admin-proxy";
import { DISPLAY_COOKIE, parseDisplayCookie } from "./lib/display/display-mode";
import { routing } from "./lib/i18n/routing";
import { filterToSearch, filterToSegment, isEmptyFilter, parseDirectoryFilter } from "./lib/stalls/directory-filter";

const intl = createMiddleware(routing);

// Files served per locale without a display mode (calendars, feeds).
const UNMODED = /\.(ics|xml)$/;

export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const response = intl(request);
  if (response.headers.has("location")) return response;

  const rewrite = response.headers.get("x-middleware-rewrite");
  const target = request.nextUrl.clone();
  target.pathname = rewrite ? new URL(rewrite).pathname : request.nextUrl.pathname;
  const [, locale, ...rest] = target.pathname.split("/");
  if (!locale || UNMODED.test(target.pathname)) return response;

  const isAdmin = rest[0] === "admin";
  if (isAdmin) {
    const signIn = adminSignInRedirect(request, locale, rest);
    if (signIn) return signIn;
  }

  const mode = parseDisplayCookie(request.cookies.get(DISPLAY_COOKIE)?.value);
  let path = rest;
  if (rest.length === 1 && rest[0] === "stalls") {
    const filter = parseDirectoryFilter(request.nextUrl.searchParams);
    // A GET form also sends its empty fields (?q=&category=): redirect to the tidy
    // address, which is also the one that is shared and cached.
    const tidy = filterToSearch(filter);
    if (request.nextUrl.search && request.nextUrl.searchParams.toString() !== tidy) {
      const url = request.nextUrl.clone();
      url.search = tidy;
      return NextResponse.redirect(url, 303);
    }
    if (!isEmptyFilter(filter)) {
      path = ["stalls", "search", filterToSegment(filter)];
      target.search = "";
    }
  }
  target.pathname = ["", locale, mode, ...path].join("/");

  const rewritten = NextResponse.rewrite(target);
  response.headers.forEach((value, key) => {
    if (key !== "x-middleware-rewrite" && key !== "x-middleware-next") rewritten.headers.set(key, value);
  });
  // The same URL renders differently per display cookie: shared caches must know.
  rewritten.headers.set("Vary", "Cookie");
  if (isAdmin) {
    // Dashboard pages are per person: no shared or browser cache may keep them.
    rewritten.headers.set("Cache-Control", "private, no-store");
    await refreshAdminSession(request, rewritten);
  }
  return rewritten;
}

export const config = {
  // Everything but API routes, the benchmarks' baseline pages (/bench/…), Next
  // internals and static files. .ics and .xml pass so that /en/calendar.ics gets
  // its locale.
  matcher: "/((?!api|bench/|_next|_vercel|.*\\.(?:ico|png|jpe?g|gif|svg|webp|txt|html|css|js|map|woff2?|json|webmanifest)$).*)",
};
