// The server-side record of each staff session (StaffSession). The cookie only
// names a row; the row decides whether the session still counts, so sign-out,
// a password change and a lost second step end a session on the server, not
// just in the browser that happened to hold the cookie.
import "server-only";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/uuid";
import { SESSION_MAX_AGE_SECONDS } from "./session-rules";

/** How recent a password entry must be before creating an admin or exporting personal data. */
const REAUTH_WINDOW_MS = 5 * 60_000;

/**
 * Opens a session record at sign-in. Expired rows of every account are deleted
 * here (indexed on expiresAt): a revoked or expired row only has to outlive the
 * cookie that names it, and sign-ins are frequent enough to keep the table small.
 */
export async function openStaffSession(
  staffUserId: string,
  loginAt: number,
  options: { secondFactorPending?: boolean } = {},
): Promise<string> {
  const now = new Date(loginAt);
  await db.staffSession.deleteMany({ where: { expiresAt: { lt: now } } });
  const created = await db.staffSession.create({
    data: {
      staffUserId,
      createdAt: now,
      expiresAt: new Date(loginAt + SESSION_MAX_AGE_SECONDS * 1000),
      reauthenticatedAt: now,
      secondFactorPending: options.secondFactorPending ?? false,
    },
    select: { id: true },
  });
  return created.id;
}

/**
 * The per-request read of the session row, by primary key. A malformed id from
 * a forged-but-decryptable token never reaches Postgres as an invalid uuid (a
 * 500), it is simply no session.
 */
export async function findStaffSession(sessionId: string) {
  if (!isUuid(sessionId)) return null;
  return db.staffSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      staffUserId: true,
      expiresAt: true,
      revokedAt: true,
      secondFactorPending: true,
      reauthenticatedAt: true,
    },
  });
}

/** Whether the row still stands for a signed-in session at `now`. */
export function isSessionRowLive(row: { expiresAt: Date; revokedAt: Date | null }, now: number): boolean {
  return row.revokedAt === null && row.expiresAt.getTime() > now;
}

/** Sign-out: the row is revoked, so the same cookie is refused from now on. */
export async function revokeStaffSession(sessionId: string): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The password (and code) were just entered again in this session. */
export async function markReauthenticated(sessionId: string, at: Date = new Date()): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { reauthenticatedAt: at } });
}

/** True when this session entered the password within the last five minutes. */
export async function hasRecentReauthentication(sessionId: string, now: number = Date.now()): Promise<boolean> {
  if (!isUuid(sessionId)) return false;
  const row = await db.staffSession.findUnique({
    where: { id: sessionId },
    select: { reauthenticatedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!row || !isSessionRowLive(row, now)) return false;
  const age = now - row.reauthenticatedAt.getTime();
  return age >= 0 && age <= REAUTH_WINDOW_MS;
}
