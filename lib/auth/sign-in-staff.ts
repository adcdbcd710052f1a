// Staff sign-in: the one place that checks a password. Used by the sign-in
// page's Server Action and by next-auth's Credentials provider.
//
// - Unknown username, wrong password and inactive account look the same to the
//   caller, and take about the same time (a dummy hash is verified when there is
//   no user), so the form does not reveal which usernames exist.
// - 10 consecutive failures for one username from one IP lock that pair for 15
//   minutes (lib/rate-limit/limiter.ts, "sign-in"); a success clears the count.
// - Beyond that, sign-in-throttle.ts limits failures per address across
//   usernames and paces an account's failures across addresses.
// - Every attempt is audited with a keyed hash of the IP. Passwords never, and the
//   typed username only when it belongs to a real account (as the subject id).
import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { StaffRole } from "@/lib/db/generated/enums";
import { opaqueKey } from "@/lib/privacy/personal-data";
import { clearFailures, lockState, recordFailure } from "@/lib/rate-limit/limiter";
import { staffIdentitySelect } from "./find-session-user";
import {
  clearSignInFailures,
  knownDeviceToken,
  recordSignInFailure,
  signInWait,
  withPasswordSlot,
} from "./sign-in-throttle";
import { hashPassword, verifyPassword } from "./password";
import { normaliseUsername } from "./username";

export interface SignInAttempt {
  username: string;
  password: string;
  /** The client IP (request-identity clientIp); only its keyed hash is stored. */
  ip: string;
  /** The browser's KNOWN_DEVICE_COOKIE, if any: it is not held by the account's pacing. */
  knownDevice?: string;
}

export interface SignedInStaff {
  id: string;
  communityId: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** A second factor is on: the sign-in is not complete until its code is entered. */
  mfaEnabled: boolean;
}

export type SignInResult =
  | { ok: true; user: SignedInStaff; loginAt: number; knownDevice: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/** Argon2 of a huge input is slow; no real password is this long. */
const MAX_PASSWORD_LENGTH = 1024;

let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString("base64"));
  return dummyHash;
}

function signInLockKey(username: string, ip: string): string {
  return opaqueKey("sign-in", `${normaliseUsername(username)}\n${ip}`);
}

export async function signInStaff(attempt: SignInAttempt): Promise<SignInResult> {
  const username = normaliseUsername(attempt.username);
  const ipKey = opaqueKey("ip", attempt.ip);
  const lockKey = signInLockKey(username, attempt.ip);

  const lock = await lockState("sign-in", lockKey);
  if (lock.locked) {
    await recordAudit({ action: "auth.signInFailed", ipKey, detail: { reason: "locked" } });
    return { ok: false, reason: "locked", retryAfterSeconds: lock.retryAfterSeconds };
  }

  const user =
    username.length > 0 && username.length <= 64
      ? await db.staffUser.findUnique({
          where: { username },
          select: { ...staffIdentitySelect, passwordHash: true, totpEnabledAt: true },
        })
      : null;
  const wait = await signInWait({
    username,
    ip: attempt.ip,
    userId: user?.id ?? null,
    knownDevice: attempt.knownDevice,
  });
  if (wait > 0) {
    const subject = user ? { communityId: user.communityId, subjectType: "StaffUser", subjectId: user.id } : {};
    await recordAudit({ action: "auth.signInFailed", ipKey, ...subject, detail: { reason: "throttled" } });
    return { ok: false, reason: "locked", retryAfterSeconds: wait };
  }

  const password = attempt.password.length <= MAX_PASSWORD_LENGTH ? attempt.password : "";
  const passwordOk = await withPasswordSlot(async () =>
    verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password),
  );

  if (!user || !passwordOk || !user.active) {
    const reason = !user ? "unknownUser" : !passwordOk ? "wrongPassword" : "inactive";
    const subject = user ? { communityId: user.communityId, subjectType: "StaffUser", subjectId: user.id } : {};
    await recordAudit({ action: "auth.signInFailed", ipKey, ...subject, detail: { reason } });
    await recordSignInFailure(username, attempt.ip);
    const after = await recordFailure("sign-in", lockKey);
    if (after.locked) {
      await recordAudit({
        action: "auth.lockout",
        ipKey,
        ...subject,
        detail: { lockSeconds: after.retryAfterSeconds },
      });
      return { ok: false, reason: "locked", retryAfterSeconds: after.retryAfterSeconds };
    }
    return { ok: false, reason: "invalid" };
  }

  await clearFailures("sign-in", lockKey);
  await clearSignInFailures(username);
  const loginAt = Date.now();
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { lastSignInAt: new Date(loginAt) } });
    await recordAudit(
      {
        action: "auth.signIn",
        communityId: user.communityId,
        actorId: user.id,
        subjectType: "StaffUser",
        subjectId: user.id,
        ipKey,
      },
      tx,
    );
  });
  const signedIn: SignedInStaff = {
    id: user.id,
    communityId: user.communityId,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    mfaEnabled: user.totpEnabledAt !== null,
  };
  return { ok: true, user: signedIn, loginAt, knownDevice: knownDeviceToken(user.id) };
}
