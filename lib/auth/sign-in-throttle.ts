// Brute-force limits on staff sign-in, beyond the username+address lock in
// sign-in-staff.ts:
//
// - per address, across usernames: RATE_SIGNIN_IP_POINTS failures per window,
//   so one client cannot try a password against every account, nor make the
//   server run Argon2 for an endless list of made-up usernames;
// - per account, across addresses: after 10 failures in a day each further
//   failure makes the account wait 2, 4, 8… up to 300 seconds before its next
//   attempt. Never a lock: a stranger could otherwise keep a colleague out;
// - a browser that has signed in to the account before (a signed "known
//   device" cookie) is not held by the account's pacing, so the attack slows
//   the attacker and not the colleague at their usual desk;
// - at most a few Argon2 verifications run at once, so a burst queues instead
//   of taking every CPU.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { opaqueKey } from "@/lib/privacy/personal-data";
import { clearPace, consume, paceWait, peek, recordPacedFailure } from "@/lib/rate-limit/limiter";

export const KNOWN_DEVICE_COOKIE = "huiyin-staff-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

const accountKey = (username: string) => opaqueKey("sign-in-account", username);
const ipKey = (ip: string) => opaqueKey("sign-in-ip", ip);

/** Seconds to wait before this attempt may be checked at all; 0 to go ahead. */
export async function signInWait(input: {
  username: string;
  ip: string;
  userId: string | null;
  knownDevice: string | undefined;
}): Promise<number> {
  const perIp = await peek([{ name: "sign-in-ip", key: ipKey(input.ip) }]);
  if (!perIp.ok) return perIp.retryAfterSeconds;
  if (input.userId && isKnownDevice(input.knownDevice, input.userId)) return 0;
  return paceWait("sign-in-account", accountKey(input.username));
}

export async function recordSignInFailure(username: string, ip: string): Promise<void> {
  await consume([{ name: "sign-in-ip", key: ipKey(ip) }]);
  await recordPacedFailure("sign-in-account", accountKey(username));
}

export async function clearSignInFailures(username: string): Promise<void> {
  await clearPace("sign-in-account", accountKey(username));
}

/** A value for KNOWN_DEVICE_COOKIE after a successful sign-in. */
export function knownDeviceToken(userId: string, now = Date.now()): string {
  const issued = Math.floor(now / 1000).toString(36);
  return `${issued}.${opaqueKey("known-device", `${userId}\n${issued}`)}`;
}

function isKnownDevice(token: string | undefined, userId: string, now = Date.now()): boolean {
  const match = /^([0-9a-z]{1,10})\.([\w-]{32})$/.exec(token ?? "");
  if (!match?.[1] || !match[2]) return false;
  const issuedSeconds = parseInt(match[1], 36);
  if (now / 1000 - issuedSeconds > KNOWN_DEVICE_MAX_AGE_SECONDS) return false;
  const expected = Buffer.from(opaqueKey("known-device", `${userId}\n${match[1]}`));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

// Argon2 takes about 50 ms of one core and 19 MiB; a burst of hundreds at once
// would stall every page. Beyond this many, verifications wait their turn.
const MAX_CONCURRENT_VERIFICATIONS = 4;
let running = 0;
const waiting: (() => void)[] = [];

export async function withPasswordSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_VERIFICATIONS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
