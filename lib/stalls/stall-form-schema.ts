// The stall form of the dashboard, shared by the form and its Server Action.
// Services are typed one per line; audiences and host organisations are
// checkboxes (repeated fields). Chinese is required, English optional.
import { z } from "zod";
import { Audience, StallCategory } from "@/lib/db/generated/enums";
import {
  asList,
  linesField,
  optionalText,
  requiredInteger,
  requiredText,
  slugField,
  uuidList,
} from "@/lib/content/form-fields";

export const STALL_LIMITS = {
  key: 60,
  number: 999,
  name: 60,
  services: 20,
  service: 100,
  description: 2000,
  hostNote: 100,
  hosts: 20,
} as const;

export const stallCategories = Object.values(StallCategory);
export const stallAudiences = Object.values(Audience);

export const stallFormSchema = z.object(
  {
    marketDayId: z.uuid({ message: "required" }),
    /** Stable across market days, so the directory links one recurring stall's appearances. */
    key: slugField(STALL_LIMITS.key),
    number: requiredInteger(1, STALL_LIMITS.number),
    name: requiredText(STALL_LIMITS.name),
    nameEn: optionalText(STALL_LIMITS.name),
    category: z.enum(stallCategories, { message: "required" }),
    audiences: z.preprocess(
      asList,
      z
        .array(z.enum(stallAudiences, { message: "invalid" }), { message: "invalid" })
        .min(1, { message: "required" })
        .max(stallAudiences.length, { message: "invalid" }),
    ),
    services: linesField(STALL_LIMITS.services, STALL_LIMITS.service).refine((list) => list.length > 0, {
      message: "required",
    }),
    servicesEn: linesField(STALL_LIMITS.services, STALL_LIMITS.service),
    description: optionalText(STALL_LIMITS.description),
    descriptionEn: optionalText(STALL_LIMITS.description),
    hostNote: optionalText(STALL_LIMITS.hostNote),
    hostNoteEn: optionalText(STALL_LIMITS.hostNote),
    hosts: uuidList(STALL_LIMITS.hosts),
  },
  { message: "invalid" },
);

export type StallFormValues = z.output<typeof stallFormSchema>;

export interface StallFormSource {
  marketDayId: string;
  key: string;
  number: number;
  name: string;
  nameEn: string | null;
  category: StallCategory;
  audiences: readonly Audience[];
  services: readonly string[];
  servicesEn: readonly string[];
  description: string | null;
  descriptionEn: string | null;
  hostNote: string | null;
  hostNoteEn: string | null;
  hostIds: readonly string[];
}

/** A stored stall as the edit form's initial values (lists joined by newlines). */
export function stallFormValues(stall: StallFormSource): Record<string, string> {
  return {
    marketDayId: stall.marketDayId,
    key: stall.key,
    number: String(stall.number),
    name: stall.name,
    nameEn: stall.nameEn ?? "",
    category: stall.category,
    audiences: stall.audiences.join("\n"),
    services: stall.services.join("\n"),
    servicesEn: stall.servicesEn.join("\n"),
    description: stall.description ?? "",
    descriptionEn: stall.descriptionEn ?? "",
    hostNote: stall.hostNote ?? "",
    hostNoteEn: stall.hostNoteEn ?? "",
    hosts: stall.hostIds.join("\n"),
  };
}
