// Writes and clears the session cookie from Server Actions (the sign-in page
// works without JavaScript, so it cannot go through next-auth's client). The
// token is the same next-auth JWT the route and proxy.ts read.
import "server-only";
import { cookies } from "next/headers";
import { sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { remainingCookieSeconds } from "./session-rules";
import { encodeSessionToken } from "./session-token";

/** Writes the cookie for a session record opened by openStaffSession(). */
export async function startSession(sessionId: string, userId: string, loginAt: number): Promise<void> {
  const token = await encodeSessionToken({ sub: userId, sid: sessionId, loginAt, lastSeen: loginAt });
  const jar = await cookies();
  jar.set(
    sessionCookieName(),
    token,
    sessionCookieOptions(remainingCookieSeconds({ loginAt, lastSeen: loginAt }, loginAt)),
  );
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  jar.delete({ name: sessionCookieName(), path: "/" });
}
