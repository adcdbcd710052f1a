// Shows a resident's full contact details to staff: an explicit action, allowed
// to roles with "wish.revealContact" and written to the audit log before anything
// is decrypted. The result goes into the Server Action's response only, never
// into a URL, a log line or a cache.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { WishNotFoundError } from "./triage-transition";

export interface RevealedContact {
  name: string | null;
  phone: string | null;
  building: string | null;
  pickupAddress: string | null;
  /** Where an escort goes (hospital, department): health data, revealed like the rest. */
  destination: string | null;
}

function open(sealed: string | null): string | null {
  return sealed ? decryptPersonal(sealed) : null;
}

export async function revealContact(
  actor: Actor | null,
  wishId: string,
  context: { ipKey?: string } = {},
): Promise<RevealedContact> {
  assertCan(actor, "wish.revealContact");
  const wish = await db.wish.findUnique({
    where: { id: wishId },
    select: {
      id: true,
      communityId: true,
      nameEnc: true,
      phoneEnc: true,
      buildingEnc: true,
      pickupAddressEnc: true,
      destinationEnc: true,
    },
  });
  if (!wish) throw new WishNotFoundError();
  assertCan(actor, "wish.revealContact", wish);
  // Logged first: a reveal that fails half-way is still a reveal attempt on record.
  await recordAudit({
    action: "wish.revealContact",
    communityId: wish.communityId,
    actorId: actor.id,
    subjectType: "wish",
    subjectId: wish.id,
    ipKey: context.ipKey,
  });
  return {
    name: open(wish.nameEnc),
    phone: open(wish.phoneEnc),
    building: open(wish.buildingEnc),
    pickupAddress: open(wish.pickupAddressEnc),
    destination: open(wish.destinationEnc),
  };
}
