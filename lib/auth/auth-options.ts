// next-auth 4 options: Credentials sign-in through signInStaff(), JWT sessions
// with the house time rules (session-rules.ts). Built on demand rather than at
// import, because `next build` imports the route without NEXTAUTH_SECRET.
//
// The sign-in page itself does not post here (it uses a Server Action that works
// without JavaScript and writes the same cookie through session-store.ts); this
// route serves next-auth's own endpoints (session, csrf, callback, signout) for
// any script that uses them, with the same rules.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/edge-marker";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { clientIp } from "@/lib/rate-limit/request-identity";
import { findSessionUser } from "./find-session-user";
import { cookieFromHeader, sessionCookieName, sessionCookieSecure } from "./session-cookie";
import { SESSION_MAX_AGE_SECONDS, SESSION_REFRESH_SECONDS, sessionTimeVerdict } from "./session-rules";
import { signInStaff } from "./sign-in-staff";
import { KNOWN_DEVICE_COOKIE } from "./sign-in-throttle";
import { openStaffSession, revokeStaffSession } from "./staff-sessions";

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
}

export function authOptions(): NextAuthOptions {
  const secure = sessionCookieSecure();
  return {
    secret: requireEnv("NEXTAUTH_SECRET"),
    useSecureCookies: secure,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    cookies: {
      sessionToken: {
        name: sessionCookieName(secure),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    pages: { signIn: "/admin/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Huiyin",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          if (!credentials) return null;
          const result = await signInStaff({
            username: credentials.username ?? "",
            password: credentials.password ?? "",
            ip: clientIp(headerValue(req.headers, CLIENT_ADDRESS_HEADER)),
            knownDevice: cookieFromHeader(headerValue(req.headers, "cookie"), KNOWN_DEVICE_COOKIE),
          });
          if (!result.ok) return null;
          // One request has no second step, and code guesses here would escape
          // the sign-in page's limits: an account with a second factor signs in
          // on the sign-in page only.
          if (result.user.mfaEnabled) return null;
          const sid = await openStaffSession(result.user.id, result.loginAt);
          return { id: result.user.id, loginAt: result.loginAt, sid };
        },
      }),
    ],
    callbacks: {
      // callbackUrl comes from the client: only a path on this site (lib/http/safe-return-path.ts).
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeReturnPath(path)}`;
      },
      // Only ids and times in the token; the rest is read from the database per request.
      jwt({ token, user }) {
        const now = Date.now();
        if (user) {
          const loginAt = "loginAt" in user && typeof user.loginAt === "number" ? user.loginAt : now;
          const sid = "sid" in user && typeof user.sid === "string" ? user.sid : "";
          return { sub: user.id, sid, loginAt, lastSeen: now };
        }
        const times = { loginAt: Number(token.loginAt), lastSeen: Number(token.lastSeen) };
        // Throwing makes next-auth clear the cookie.
        if (sessionTimeVerdict(times, now) !== "valid") throw new Error("session over");
        return { sub: token.sub, sid: token.sid, loginAt: times.loginAt, lastSeen: now };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        // The session record is revoked, so a copy of this cookie is refused too.
        if (typeof token?.sid === "string") await revokeStaffSession(token.sid);
        const user = token?.sub ? await findSessionUser(token.sub) : null;
        if (!user) return;
        await recordAudit({
          action: "auth.signOut",
          communityId: user.communityId,
          actorId: user.id,
          subjectType: "StaffUser",
          subjectId: user.id,
        });
      },
    },
  };
}
