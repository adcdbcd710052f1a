// Form values → Stall columns, and the checks shared by create and update.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { CONTENT_MESSAGES, contentFieldError } from "@/lib/content/content-errors";
import { ActionError } from "@/lib/forms/action-error";
import type { FieldErrors } from "@/lib/forms/form-state";
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

/** Unique index → the form field a clash is reported on. */
export const STALL_UNIQUE_INDEXES = {
  Stall_marketDayId_number_key: "number",
  Stall_marketDayId_key_key: "key",
} as const;

/** The market day a stall goes on: "invalid" when unknown, 403 when another community's. */
export async function assertStallMarketDay(actor: Actor, marketDayId: string): Promise<void> {
  const day = await db.marketDay.findUnique({ where: { id: marketDayId }, select: { communityId: true } });
  if (!day) throw contentFieldError("marketDayId", "invalid");
  assertCan(actor, "content.manage", day);
}

/** Number and key are unique per market day; both clashes are reported at once. */
export async function assertNoStallClash(values: StallFormValues, exceptId?: string): Promise<void> {
  const clashes = await db.stall.findMany({
    where: {
      marketDayId: values.marketDayId,
      OR: [{ number: values.number }, { key: values.key }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { number: true, key: true },
  });
  const taken = [`${CONTENT_MESSAGES}.taken`];
  const fieldErrors: FieldErrors = {};
  if (clashes.some((c) => c.number === values.number)) fieldErrors.number = taken;
  if (clashes.some((c) => c.key === values.key)) fieldErrors.key = taken;
  if (Object.keys(fieldErrors).length > 0) throw new ActionError("forms.errors.checkFields", { fieldErrors });
}
