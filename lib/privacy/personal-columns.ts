// Which columns of a wish hold a resident's personal data, in one place: the
// retention purge (lib/privacy/purge-personal-data.ts) and staff's erasure on
// request (lib/wishes/erase-contact.ts) clear exactly these. Mobility aids are
// health data and a rating comment is the resident's own words, so both go with
// the name, phone and addresses (PIPL art. 28: sensitive personal information).
//
// No "server-only": the purge CLI imports it.
import type { Prisma } from "@/lib/db/generated/client";

export const ERASED_PERSONAL_DATA = {
  nameEnc: null,
  phoneEnc: null,
  phoneLast4: null,
  phoneHash: null,
  emailEnc: null,
  buildingEnc: null,
  buildingHash: null,
  pickupAddressEnc: null,
  destinationEnc: null,
  mobilityAids: { set: [] },
  satisfactionComment: null,
} as const satisfies Prisma.WishUpdateManyMutationInput;

/** Names of the personal columns, for audit rows ("which fields"), never their values. */
export type PersonalColumn = keyof typeof ERASED_PERSONAL_DATA;

/** A wish that still holds any of them. */
export const HAS_PERSONAL_DATA: Prisma.WishWhereInput = {
  OR: [
    { nameEnc: { not: null } },
    { phoneEnc: { not: null } },
    { phoneLast4: { not: null } },
    { phoneHash: { not: null } },
    { emailEnc: { not: null } },
    { buildingEnc: { not: null } },
    { buildingHash: { not: null } },
    { pickupAddressEnc: { not: null } },
    { destinationEnc: { not: null } },
    { mobilityAids: { isEmpty: false } },
    { satisfactionComment: { not: null } },
  ],
};

type PersonalRow = { [K in PersonalColumn]: K extends "mobilityAids" ? readonly unknown[] : string | null };

export const PERSONAL_SELECT = {
  nameEnc: true,
  phoneEnc: true,
  phoneLast4: true,
  phoneHash: true,
  emailEnc: true,
  buildingEnc: true,
  buildingHash: true,
  pickupAddressEnc: true,
  destinationEnc: true,
  mobilityAids: true,
  satisfactionComment: true,
} as const satisfies Record<PersonalColumn, true>;

/** The personal columns a row holds something in. */
export function filledPersonalColumns(row: PersonalRow): PersonalColumn[] {
  return (Object.keys(PERSONAL_SELECT) as PersonalColumn[]).filter((column) => {
    const value = row[column];
    return Array.isArray(value) ? value.length > 0 : value !== null;
  });
}
