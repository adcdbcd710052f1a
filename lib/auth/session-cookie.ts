// The name and attributes of the staff session cookie, shared by next-auth's
// options, the sign-in Server Action and proxy.ts, so that all of them read and
// write the same cookie. The names are next-auth's own defaults.
const SESSION_COOKIE_SECURE_NAME = "__Secure-next-auth.session-token";
const SESSION_COOKIE_PLAIN_NAME = "next-auth.session-token";

/** Secure cookies when the site is served over https (NEXTAUTH_URL). */
export function sessionCookieSecure(nextAuthUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return nextAuthUrl?.startsWith("https://") ?? false;
}

export function sessionCookieName(secure: boolean = sessionCookieSecure()): string {
  return secure ? SESSION_COOKIE_SECURE_NAME : SESSION_COOKIE_PLAIN_NAME;
}

export function sessionCookieOptions(maxAgeSeconds: number, secure: boolean = sessionCookieSecure()) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: maxAgeSeconds };
}

/** The value of one cookie in a Cookie request header (see session.ts for why not cookies()). */
export function cookieFromHeader(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
