// Staff find a resident's wishes by the exact phone number they give on the phone
// or at the stall. Only the keyed hash is compared (the number is stored
// encrypted), the number never enters a URL or a log, and every lookup is audited
// with the keyed hash of the number searched, so a review can tell which
// resident's wishes someone looked for without the log holding the number.
// The hash waits in a short-lived, httpOnly cookie for the inbox page to read.
//
// Lists show 138****5678: with the first three and last four digits known, 10,000
// searches would recover a number. So only roles that handle residents may search
// ("wish.findByPhone"), and each account has an hourly allowance.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { ActionError } from "@/lib/forms/action-error";
import { opaqueKey, phoneLookupHash } from "@/lib/privacy/personal-data";
import { consume } from "@/lib/rate-limit/limiter";
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
  assertCan(actor, "wish.findByPhone");
  const phone = normalizePhone(input);
  // A malformed number finds nothing and reveals nothing: it costs no allowance.
  if (!isMainlandMobile(phone)) return { ok: false };
  const limit = await consume([{ name: "phone-search", key: opaqueKey("staff", actor.id) }]);
  if (!limit.ok) {
    throw new ActionError("adminWishes.phoneLookup.rateLimited", {
      values: { minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) },
    });
  }
  const hash = phoneLookupHash(phone);
  await recordAudit({
    action: "wish.phoneLookup",
    communityId: actor.communityId,
    actorId: actor.id,
    ipKey: context.ipKey,
    detail: { phoneHash: hash },
  });
  return { ok: true, hash };
}
