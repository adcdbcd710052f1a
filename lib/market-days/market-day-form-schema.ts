// The market-day form of the dashboard: one schema shared by the form (field
// names, limits) and the Server Action. Dates and times are typed as Shenzhen
// wall-clock time (a market day happens on one afternoon, in one place) and
// stored as instants. Partner units come as one select per organisation, named
// "role.<organisationId>", with an empty value for "not involved".
import { z } from "zod";
import { MarketDayRole } from "@/lib/db/generated/enums";
import { shanghaiDay, shanghaiInstant, shanghaiTime } from "@/lib/time/shanghai";
import { optionalDecimal, optionalInteger, optionalText, requiredText, slugField } from "@/lib/content/form-fields";

export const MARKET_DAY_LIMITS = {
  slug: 80,
  title: 100,
  theme: 200,
  place: 100,
  address: 200,
  description: 4000,
  visitorCount: 1_000_000,
  organizations: 100,
} as const;

export const marketDayRoles = Object.values(MarketDayRole);
export const ROLE_FIELD_PREFIX = "role.";

const dateField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z
    .string({ message: "required" })
    .min(1, { message: "required" })
    .refine((v) => shanghaiInstant(v) !== null, { message: "invalid" }),
);
const timeField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z
    .string({ message: "required" })
    .min(1, { message: "required" })
    .refine((v) => shanghaiInstant("2000-01-01", v) !== null, { message: "invalid" }),
);

/** Gathers the "role.<id>" selects into one list before validation. */
function collectOrganizations(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if ("organizations" in record) return record;
  const organizations = Object.entries(record)
    .filter(([key, value]) => key.startsWith(ROLE_FIELD_PREFIX) && value !== "" && value !== undefined)
    .map(([key, role]) => ({ organizationId: key.slice(ROLE_FIELD_PREFIX.length), role }));
  return { ...record, organizations };
}

const baseSchema = z.object(
  {
    slug: slugField(MARKET_DAY_LIMITS.slug),
    title: requiredText(MARKET_DAY_LIMITS.title),
    titleEn: optionalText(MARKET_DAY_LIMITS.title),
    theme: requiredText(MARKET_DAY_LIMITS.theme),
    themeEn: optionalText(MARKET_DAY_LIMITS.theme),
    date: dateField,
    startTime: timeField,
    endTime: timeField,
    place: requiredText(MARKET_DAY_LIMITS.place),
    placeEn: optionalText(MARKET_DAY_LIMITS.place),
    address: optionalText(MARKET_DAY_LIMITS.address),
    addressEn: optionalText(MARKET_DAY_LIMITS.address),
    latitude: optionalDecimal(-90, 90),
    longitude: optionalDecimal(-180, 180),
    description: optionalText(MARKET_DAY_LIMITS.description),
    descriptionEn: optionalText(MARKET_DAY_LIMITS.description),
    visitorCount: optionalInteger(0, MARKET_DAY_LIMITS.visitorCount),
    organizations: z
      .array(
        z.object(
          {
            organizationId: z.uuid({ message: "invalid" }),
            role: z.enum(marketDayRoles, { message: "invalid" }),
          },
          { message: "invalid" },
        ),
        { message: "invalid" },
      )
      .max(MARKET_DAY_LIMITS.organizations, { message: "tooMany" }),
  },
  { message: "invalid" },
);

export const marketDayFormSchema = z
  .preprocess(collectOrganizations, baseSchema)
  .superRefine((value, ctx) => {
    const start = shanghaiInstant(value.date, value.startTime);
    const end = shanghaiInstant(value.date, value.endTime);
    if (start && end && end <= start) ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
    // A pin needs both coordinates; half a pin would put the market in the sea.
    if ((value.latitude === null) !== (value.longitude === null)) {
      const path = value.latitude === null ? "latitude" : "longitude";
      ctx.addIssue({ code: "custom", path: [path], message: "coordinatesPair" });
    }
  })
  .transform(({ date, startTime, endTime, ...rest }) => ({
    ...rest,
    // The refinement above has checked both times make real instants.
    startsAt: shanghaiInstant(date, startTime)!,
    endsAt: shanghaiInstant(date, endTime)!,
  }));

export type MarketDayFormValues = z.output<typeof marketDayFormSchema>;

export interface MarketDayFormSource {
  slug: string;
  title: string;
  titleEn: string | null;
  theme: string;
  themeEn: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  placeEn: string | null;
  address: string | null;
  addressEn: string | null;
  latitude: { toString(): string } | null;
  longitude: { toString(): string } | null;
  description: string | null;
  descriptionEn: string | null;
  visitorCount: number | null;
  organizations: readonly { organizationId: string; role: MarketDayRole }[];
}

/** A stored market day as the edit form's initial values. */
export function marketDayFormValues(day: MarketDayFormSource): Record<string, string> {
  const values: Record<string, string> = {
    slug: day.slug,
    title: day.title,
    titleEn: day.titleEn ?? "",
    theme: day.theme,
    themeEn: day.themeEn ?? "",
    date: shanghaiDay(day.startsAt),
    startTime: shanghaiTime(day.startsAt),
    endTime: shanghaiTime(day.endsAt),
    place: day.place,
    placeEn: day.placeEn ?? "",
    address: day.address ?? "",
    addressEn: day.addressEn ?? "",
    latitude: day.latitude?.toString() ?? "",
    longitude: day.longitude?.toString() ?? "",
    description: day.description ?? "",
    descriptionEn: day.descriptionEn ?? "",
    visitorCount: day.visitorCount === null ? "" : String(day.visitorCount),
  };
  for (const o of day.organizations) values[`${ROLE_FIELD_PREFIX}${o.organizationId}`] = o.role;
  return values;
}
