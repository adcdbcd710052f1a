// Form values → Stall columns and the uniqueness checks shared by create and update.
import "server-only";
import { db } from "@/lib/db";
import type { FieldErrors } from "@/lib/content/content-result";
import type { StallFormValues } from "./stall-form-schema";

export function stallColumns(values: StallFormValues) {
  return {
    marketDayId: values.marketDayId,
    key: values.key,
    number: values.number,
    name: values.name,
    nameEn: values.nameEn,
    category: values.category,
    audiences: values.audiences,
    services: values.services,
    servicesEn: values.servicesEn,
    description: values.description,
    descriptionEn: values.descriptionEn,
    hostNote: values.hostNote,
    hostNoteEn: values.hostNoteEn,
  };
}

export const STALL_UNIQUE_INDEXES = { Stall_marketDayId_number_key: "number", Stall_marketDayId_key_key: "key" } as const;
export const stallUniqueIndexNames = Object.keys(STALL_UNIQUE_INDEXES) as (keyof typeof STALL_UNIQUE_INDEXES)[];

/** Number and key are unique per market day; both clashes are reported at once. */
export async function stallClashes(values: StallFormValues, exceptId?: string): Promise<FieldErrors | null> {
  const clashes = await db.stall.findMany({
    where: {
      marketDayId: values.marketDayId,
      OR: [{ number: values.number }, { key: values.key }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { number: true, key: true },
  });
  const errors: FieldErrors = {};
  if (clashes.some((c) => c.number === values.number)) errors.number = ["taken"];
  if (clashes.some((c) => c.key === values.key)) errors.key = ["taken"];
  return Object.keys(errors).length > 0 ? errors : null;
}
