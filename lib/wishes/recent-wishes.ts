// The wishes this device sent, so a resident who reloads, goes back or closes
// the confirmation still has the tracking code. Kept in an httpOnly cookie,
// sealed with the personal-data key (AES-GCM: it cannot be read or forged by
// the page or a bystander's script), and never in an address or a log. The
// phone's last four digits are not kept: a shared family phone still has to
// know them to see a wish (lib/wishes/track-wish.ts).
import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { sessionCookieSecure } from "@/lib/auth/session-cookie";
import { decryptPersonal, encryptPersonal } from "@/lib/privacy/personal-data";
import { normalizeTrackingCode } from "./tracking-code";

const COOKIE = "huiyin-recent-wishes";
/** A handful is what one household sends; older ones fall off the end. */
export const RECENT_WISHES_MAX = 5;
/** About as long as a wish takes to settle, a council's decision included. */
const MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

export interface RecentWish {
  trackingCode: string;
  /** Looking it up then asks for the phone's last four digits. */
  hasPhone: boolean;
  submittedAt: Date;
}

const storedSchema = z
  .array(z.object({ c: z.string(), p: z.boolean(), t: z.number().int().positive() }))
  .max(RECENT_WISHES_MAX);

/** The cookie's value → the list, newest first; anything unreadable is an empty list, never an error. */
export function openRecentWishes(sealed: string | undefined): RecentWish[] {
  if (!sealed) return [];
  try {
    const parsed = storedSchema.safeParse(JSON.parse(decryptPersonal(sealed)));
    if (!parsed.success) return [];
    return parsed.data.flatMap(({ c, p, t }) => {
      const code = normalizeTrackingCode(c);
      return code ? [{ trackingCode: code, hasPhone: p, submittedAt: new Date(t * 1000) }] : [];
    });
  } catch {
    // A cookie sealed with an old key, or tampered with: start again.
    return [];
  }
}

/** The list with one more wish at the front (a replayed submission moves, it is not doubled). */
export function sealRecentWishes(list: RecentWish[], added: RecentWish): string {
  const next = [added, ...list.filter((w) => w.trackingCode !== added.trackingCode)].slice(0, RECENT_WISHES_MAX);
  return encryptPersonal(
    JSON.stringify(
      next.map((w) => ({ c: w.trackingCode, p: w.hasPhone, t: Math.floor(w.submittedAt.getTime() / 1000) })),
    ),
  );
}

/** This device's recent wishes (for a page rendered per request). */
export async function recentWishes(): Promise<RecentWish[]> {
  return openRecentWishes((await cookies()).get(COOKIE)?.value);
}

/** Called by the wish form's Server Action once the wish is stored. */
export async function rememberWish(trackingCode: string, hasPhone: boolean): Promise<void> {
  const jar = await cookies();
  const sealed = sealRecentWishes(openRecentWishes(jar.get(COOKIE)?.value), {
    trackingCode,
    hasPhone,
    submittedAt: new Date(),
  });
  jar.set(COOKIE, sealed, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: sessionCookieSecure(),
    maxAge: MAX_AGE_SECONDS,
  });
}

/** "This is not my phone": the device forgets the codes (the wishes themselves stay). */
export async function forgetRecentWishes(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
