// Staff find a resident's wishes by the exact phone number they give on the phone
// or at the stall. Only the keyed hash is compared (the number is stored
// encrypted), the number never enters a URL or a log, and every lookup is audited.
// The hash waits in a short-lived, httpOnly cookie for the inbox page to read.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { phoneLookupHash } from "@/lib/privacy/personal-data";
import { isMainlandMobile, normalizePhone } from "@/lib/phone";

export const PHONE_LOOKUP_COOKIE = "huiyin-phone-lookup";
/** Long enough to page through the results, short enough not to linger. */
export const PHONE_LOOKUP_SECONDS = 15 * 60;

export type PhoneLookup = { ok: true; hash: string } | { ok: false };

export async function lookUpPhone(
  actor: Actor | null,
  input: string,
  context: { ipKey?: string } = {},
): Promise<PhoneLookup> {
  assertCan(actor, "wish.view");
  const phone = normalizePhone(input);
  if (!isMainlandMobile(phone)) return { ok: false };
  await recordAudit({
    action: "wish.phoneLookup",
    communityId: actor.communityId,
    actorId: actor.id,
    ipKey: context.ipKey,
  });
  return { ok: true, hash: phoneLookupHash(phone) };
}
