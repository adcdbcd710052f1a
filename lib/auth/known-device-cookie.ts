// The "known device" cookie of sign-in-throttle.ts, for the sign-in Server Action.
import "server-only";
import { cookies } from "next/headers";
import { sessionCookieSecure } from "./session-cookie";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS } from "./sign-in-throttle";

export async function readKnownDevice(): Promise<string | undefined> {
  return (await cookies()).get(KNOWN_DEVICE_COOKIE)?.value;
}

export async function rememberKnownDevice(token: string): Promise<void> {
  (await cookies()).set(KNOWN_DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: sessionCookieSecure(),
    path: "/",
    maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
  });
}
