// The dashboard's content forms (market days, stalls, organisations): required
// Chinese fields, optional English, slugs, Shenzhen times, lists from checkboxes
// and textareas, and a property: no input at all makes a schema throw.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formValues, listValue, readForm } from "@/lib/forms/read-form";
import { fieldErrorsFromZod } from "@/lib/forms/zod-errors";
import { marketDayFormSchema, marketDayFormValues } from "@/lib/market-days/market-day-form-schema";
import { shanghaiDay, shanghaiInstant, shanghaiTime } from "@/lib/time/shanghai";
import { stallFormSchema, stallFormValues } from "@/lib/stalls/stall-form-schema";
import { organizationFormSchema, organizationFormValues } from "@/lib/organizations/organization-form-schema";

const orgA = randomUUID();
const orgB = randomUUID();

const marketDay = (extra: Record<string, unknown> = {}) => ({
  slug: "2027-05-15-spring-market",
  title: "春季服务市集",
  titleEn: "",
  theme: "关爱一老一小",
  themeEn: "",
  date: "2027-05-15",
  startTime: "14:30",
  endTime: "17:30",
  place: "园岭七街小公园",
  [`role.${orgA}`]: "ORGANIZER",
  [`role.${orgB}`]: "",
  ...extra,
});

const stall = (extra: Record<string, unknown> = {}) => ({
  marketDayId: randomUUID(),
  key: "free-haircuts",
  number: "3",
  name: "义剪",
  category: "LIFE_SERVICE",
  audiences: ["ELDERLY", "CHILDREN"],
  services: "免费理发\n\n  修面  \n",
  hosts: orgA,
  ...extra,
});

// The actions read the schemas' messages relative to this namespace.
const NAMESPACE = "adminContent.errors";

/** Field → full message keys, as the form gets them. */
function fullErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsFromZod(result.error, NAMESPACE);
}

/** The same, with the namespace taken off, so that the expectations read as the schemas write them. */
function errors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(fullErrors(schema, input))) {
    out[field] = keys.map((key) => (key.startsWith(`${NAMESPACE}.`) ? key.slice(NAMESPACE.length + 1) : key));
  }
  return out;
}

describe("market-day form", () => {
  it("turns Shenzhen wall-clock time into instants and gathers the partner selects", () => {
    const v = marketDayFormSchema.parse(marketDay());
    expect(v.startsAt.toISOString()).toBe("2027-05-15T06:30:00.000Z");
    expect(v.endsAt.toISOString()).toBe("2027-05-15T09:30:00.000Z");
    expect(v.organizations).toEqual([{ organizationId: orgA, role: "ORGANIZER" }]);
    expect(v.titleEn).toBeNull();
    expect(v.latitude).toBeNull();
    expect(v.visitorCount).toBeNull();
  });

  it("requires the Chinese fields and leaves English optional", () => {
    const e = errors(marketDayFormSchema, marketDay({ title: "  ", theme: undefined, place: "" }));
    expect(e).toEqual({ title: ["required"], theme: ["required"], place: ["required"] });
  });

  it("checks the slug's format and lower-cases it", () => {
    expect(errors(marketDayFormSchema, marketDay({ slug: "春季" })).slug).toEqual(["slugFormat"]);
    expect(errors(marketDayFormSchema, marketDay({ slug: "a--b" })).slug).toEqual(["slugFormat"]);
    expect(errors(marketDayFormSchema, marketDay({ slug: "-a" })).slug).toEqual(["slugFormat"]);
    expect(marketDayFormSchema.parse(marketDay({ slug: " Spring-2027 " })).slug).toBe("spring-2027");
  });

  it("rejects impossible dates, times and an end before the start", () => {
    expect(errors(marketDayFormSchema, marketDay({ date: "2027-02-30" })).date).toEqual(["invalid"]);
    expect(errors(marketDayFormSchema, marketDay({ startTime: "25:00" })).startTime).toEqual(["invalid"]);
    expect(errors(marketDayFormSchema, marketDay({ endTime: "14:30" })).endTime).toEqual(["endBeforeStart"]);
  });

  it("wants both coordinates or neither, in range", () => {
    expect(errors(marketDayFormSchema, marketDay({ latitude: "22.55" })).longitude).toEqual(["coordinatesPair"]);
    expect(errors(marketDayFormSchema, marketDay({ latitude: "91", longitude: "114" })).latitude).toEqual([
      "outOfRange",
    ]);
    const v = marketDayFormSchema.parse(marketDay({ latitude: "22.551234", longitude: "114.1" }));
    expect([v.latitude, v.longitude]).toEqual([22.551234, 114.1]);
  });

  it("reads visitor counts as typed in Chinese", () => {
    expect(marketDayFormSchema.parse(marketDay({ visitorCount: "1,500" })).visitorCount).toBe(1500);
    expect(marketDayFormSchema.parse(marketDay({ visitorCount: "１５００" })).visitorCount).toBe(1500);
    expect(errors(marketDayFormSchema, marketDay({ visitorCount: "很多" })).visitorCount).toEqual(["invalid"]);
    expect(errors(marketDayFormSchema, marketDay({ visitorCount: "-3" })).visitorCount).toEqual(["outOfRange"]);
  });

  it("rejects a role that does not exist and an id that is not one", () => {
    expect(errors(marketDayFormSchema, marketDay({ [`role.${orgB}`]: "BOSS" })).organizations).toEqual(["invalid"]);
    expect(errors(marketDayFormSchema, marketDay({ "role.x": "PARTNER" })).organizations).toEqual(["invalid"]);
  });

  it("round-trips a stored market day through the edit form", () => {
    const v = marketDayFormSchema.parse(marketDay({ latitude: "22.5", longitude: "114.1", visitorCount: "1500" }));
    const again = marketDayFormSchema.parse(
      marketDayFormValues({ ...v, latitude: v.latitude, longitude: v.longitude, organizations: v.organizations }),
    );
    expect(again).toEqual(v);
  });

  it("converts Shenzhen time both ways, also across midnight UTC", () => {
    const instant = shanghaiInstant("2027-01-01", "07:15");
    expect(instant?.toISOString()).toBe("2026-12-31T23:15:00.000Z");
    expect([shanghaiDay(instant!), shanghaiTime(instant!)]).toEqual(["2027-01-01", "07:15"]);
    expect(shanghaiInstant("2027-13-01", "07:15")).toBeNull();
  });
});

describe("stall form", () => {
  it("splits services by line, keeps ticked boxes and host ids", () => {
    const v = stallFormSchema.parse(stall());
    expect(v.number).toBe(3);
    expect(v.services).toEqual(["免费理发", "修面"]);
    expect(v.servicesEn).toEqual([]);
    expect(v.audiences).toEqual(["ELDERLY", "CHILDREN"]);
    expect(v.hosts).toEqual([orgA]);
    expect(v.nameEn).toBeNull();
  });

  it("requires a market day, a number, a name, a category, an audience and a service", () => {
    const e = errors(stallFormSchema, { key: "x" });
    expect(Object.keys(e).sort()).toEqual(["audiences", "category", "marketDayId", "name", "number", "services"]);
    expect(errors(stallFormSchema, stall({ services: " \n " })).services).toEqual(["required"]);
    expect(errors(stallFormSchema, stall({ number: "0" })).number).toEqual(["outOfRange"]);
    expect(errors(stallFormSchema, stall({ number: "3a" })).number).toEqual(["required"]);
  });

  it("rejects unknown audiences and categories, and too many services", () => {
    expect(errors(stallFormSchema, stall({ audiences: "ALIENS" })).audiences).toEqual(["invalid"]);
    expect(errors(stallFormSchema, stall({ category: "FOOD" })).category).toEqual(["required"]);
    const many = Array.from({ length: 21 }, (_, i) => `服务${i}`).join("\n");
    expect(errors(stallFormSchema, stall({ services: many })).services).toEqual(["tooMany"]);
  });

  it("round-trips a stored stall through the edit form", () => {
    const v = stallFormSchema.parse(stall({ servicesEn: "Haircuts", hosts: [orgA, orgB] }));
    expect(stallFormSchema.parse(stallFormValues({ ...v, hostIds: v.hosts }))).toEqual(v);
  });
});

describe("organisation form", () => {
  it("requires the Chinese name and a type", () => {
    expect(errors(organizationFormSchema, { name: " ", type: "CLUB" })).toEqual({
      name: ["required"],
      type: ["required"],
    });
    const v = organizationFormSchema.parse({ name: " 园岭物业 ", type: "COMPANY", nameEn: "" });
    expect(v).toEqual({
      name: "园岭物业",
      nameEn: null,
      type: "COMPANY",
      description: null,
      descriptionEn: null,
      contactEmail: null,
      contactPhone: null,
    });
    expect(organizationFormSchema.parse(organizationFormValues(v))).toEqual(v);
  });

  it("takes a unit's duty contacts for referrals, checked and normalised", () => {
    const v = organizationFormSchema.parse({
      name: "园岭物业",
      type: "COMPANY",
      contactEmail: " ZhuanBan@Property.example.cn ",
      contactPhone: "138 0000 0001",
    });
    expect(v).toMatchObject({ contactEmail: "zhuanban@property.example.cn", contactPhone: "13800000001" });
    expect(organizationFormSchema.parse(organizationFormValues(v))).toEqual(v);
    expect(
      errors(organizationFormSchema, {
        name: "园岭物业",
        type: "COMPANY",
        contactEmail: "not-an-address",
        contactPhone: "12345",
      }),
    ).toEqual({ contactEmail: ["email"], contactPhone: ["phone"] });
  });

  it("limits lengths", () => {
    expect(errors(organizationFormSchema, { name: "长".repeat(101), type: "COMPANY" }).name).toEqual(["tooLong"]);
  });
});

describe("form data", () => {
  it("keeps repeated fields as lists, gives them back joined by lines, and the schema reads those again", () => {
    const fd = new FormData();
    for (const [key, value] of Object.entries(stall({ audiences: undefined, hosts: undefined }))) {
      if (typeof value === "string") fd.append(key, value);
    }
    fd.append("audiences", "ELDERLY");
    fd.append("audiences", "CHILDREN");
    const object = readForm(fd);
    expect(object.audiences).toEqual(["ELDERLY", "CHILDREN"]);
    const values = formValues(object);
    expect(listValue(values, "audiences")).toEqual(["ELDERLY", "CHILDREN"]);
    expect(listValue(values, "hosts")).toEqual([]);
    // A form shown again after an error posts what it was given back.
    expect(stallFormSchema.parse(values).audiences).toEqual(["ELDERLY", "CHILDREN"]);
  });
});

describe("no input makes a schema throw", () => {
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.constantFrom(
      "",
      " ",
      "2027-05-15",
      "14:30",
      "1,500",
      "ORGANIZER",
      "ELDERLY",
      "LIFE_SERVICE",
      "COMPANY",
      randomUUID(),
    ),
  );
  const value = fc.oneof(
    text,
    fc.array(text, { maxLength: 4 }),
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
  );
  const keys = fc.constantFrom(
    ...Object.keys(marketDay()),
    ...Object.keys(stall()),
    "latitude",
    "longitude",
    "visitorCount",
    "type",
    "organizations",
    "role.",
    `role.${randomUUID()}`,
    "__proto__",
  );
  const input = fc.oneof(fc.dictionary(keys, value), fc.anything());

  for (const [name, schema] of [
    ["market day", marketDayFormSchema],
    ["stall", stallFormSchema],
    ["organisation", organizationFormSchema],
  ] as const) {
    it(`${name}: safeParse answers every input, and every error key is a known one`, () => {
      const known = [
        "required",
        "invalid",
        "tooLong",
        "tooMany",
        "slugFormat",
        "outOfRange",
        "endBeforeStart",
        "coordinatesPair",
      ];
      const keys = new Set(known.map((k) => `${NAMESPACE}.${k}`));
      fc.assert(
        fc.property(input, (raw) => {
          // Never zod's own English text, which would become the generic "forms.errors.invalid".
          for (const list of Object.values(fullErrors(schema, raw))) for (const k of list) expect(keys).toContain(k);
        }),
        { numRuns: 400 },
      );
    });
  }
});
