// The dashboard's part of proxy.ts. Routing only: it redirects a browser with no
// session cookie to the sign-in page, and slides the idle timer of a session
// that is still within its time limits. It never decides what anyone may do.
import { type NextRequest, NextResponse } from "next/server";
import { localePath } from "@/lib/i18n/paths";
import { sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { needsRefresh, remainingCookieSeconds } from "./session-rules";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

/** A redirect to the sign-in page for /admin/… without a session cookie, else null. */
export function adminSignInRedirect(
  request: NextRequest,
  locale: string,
  path: readonly string[],
): NextResponse | null {
  if (path[1] === "sign-in") return null;
  if (request.cookies.has(sessionCookieName())) return null;
  // A Server Action called from a page (JavaScript on) goes through: its
  // wrapper answers "signed out" as form state with every typed value, where a
  // redirect would hand the client an HTML page it cannot read, and the form
  // would end on the error page with the half-typed wish gone.
  if (request.method === "POST" && request.headers.has("next-action")) return null;
  const url = request.nextUrl.clone();
  url.pathname = localePath(locale, "/admin/sign-in");
  // Only the path: a query string could carry a search for a resident's name.
  url.search = "";
  url.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(url, 303);
}

/** Re-issues the cookie with a fresh lastSeen, at most once a minute. */
export async function refreshAdminSession(request: NextRequest, response: NextResponse): Promise<void> {
  const name = sessionCookieName();
  const raw = request.cookies.get(name)?.value;
  if (!raw) return;
  try {
    const claims = await decodeSessionToken(raw);
    const now = Date.now();
    if (!claims || !needsRefresh(claims, now)) return;
    const token = await encodeSessionToken({ ...claims, lastSeen: now });
    response.cookies.set(name, token, sessionCookieOptions(remainingCookieSeconds(claims, now)));
  } catch {
    // No secret configured, or a broken token: leave it to the page to sign out.
  }
}
