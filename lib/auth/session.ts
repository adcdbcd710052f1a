// Who is signed in, for pages, Server Actions and route handlers. The session
// cookie is next-auth's encrypted JWT (see session-token.ts); every call also
// checks the database row, so deactivation, a password reset and "sign out
// everywhere" end sessions at once, and a role change applies at once.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";
import { actorFromSessionToken, pendingSecondFactor, type StaffActor } from "./actor-from-token";
import { assertCan, AuthorizationError, type Action } from "./permissions";
import { cookieFromHeader, sessionCookieName } from "./session-cookie";

export type { StaffActor };

/** ReauthenticationRequired's code (lib/auth/reauthenticate-staff.ts), answered as its own reason. */
const REAUTH_CODE = "adminAuth.reauth.required";

/**
 * The signed-in staff member, or null. Once per request (React cache).
 *
 * Reads the Cookie header rather than cookies(): in `next dev` (16.4), a page
 * rendered after a Server Action posted without JavaScript that did not
 * revalidate is still in the "action" phase, and cookies() then throws an
 * InvariantError. The request header is the same data and has no such phase.
 */
export const getActor = cache(async (): Promise<StaffActor | null> => {
  const requestHeaders = await headers();
  return actorFromSessionToken(cookieFromHeader(requestHeaders.get("cookie"), sessionCookieName()));
});

/** A sign-in waiting for its second-factor code (the sign-in page asks for it), or null. */
export async function getPendingSignIn(): Promise<{ sessionId: string; userId: string } | null> {
  const requestHeaders = await headers();
  return pendingSecondFactor(cookieFromHeader(requestHeaders.get("cookie"), sessionCookieName()));
}

export function signInPath(locale: string): string {
  return localePath(locale, "/admin/sign-in");
}

/**
 * First call of every dashboard page: redirects to the sign-in page when signed
 * out, renders the 403 page (admin/forbidden.tsx) when the role may not.
 */
export async function requireStaffPage(action: Action): Promise<StaffActor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(await getLocale()));
  // An admin who must enrol a second factor sees only the account page, where
  // they can; assertCan() refuses their actions the same way.
  if (actor.mfaEnrolmentRequired && action !== "account.manage")
    redirect(localePath(await getLocale(), "/admin/account"));
  try {
    assertCan(actor, action);
  } catch {
    forbidden();
  }
  return actor;
}

/** For route handlers: an AuthorizationError becomes a 401/403 JSON answer, anything else null. */
export function authErrorResponse(error: unknown): Response | null {
  if (!(error instanceof AuthorizationError)) return null;
  const reason =
    error.status === 401 ? "unauthorized" : error.code === REAUTH_CODE ? "reauthentication-required" : "forbidden";
  return Response.json({ error: reason }, { status: error.status, headers: { "Cache-Control": "no-store" } });
}
