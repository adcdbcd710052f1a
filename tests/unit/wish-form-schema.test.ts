// The wish form's rules, as the server parses them (the zod schema around
// checkWishForm) and as the browser runs them: every rule, phone normalisation,
// the PIPL consent rule, assistance requests, limits, and properties over
// arbitrary input.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/forms/zod-errors";
import { readForm } from "@/lib/forms/read-form";
import { normalizePhone } from "@/lib/phone";
import { shanghaiLocalInstant } from "@/lib/time/shanghai";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import {
  checkWishForm,
  LIMITS,
  mobilityAids,
  returnTripChoices,
  wishCategories,
  wishKinds,
  type WishFormValues,
} from "@/lib/wishes/wish-form-rules";

const base = () => ({
  kind: "wish",
  category: "elderly-care",
  content: "楼道的灯坏了，晚上看不见。",
  idempotencyKey: randomUUID(),
});

/** Issue messages by field path ("" for the whole form). */
function issues(input: unknown): Record<string, string[]> {
  const result = wishFormSchema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

/** A time safely ahead of any clock these tests run on (past times are refused). */
const LATER = "2030-12-01T09:30";

/** An escort request with everything it needs. */
const escort = () => ({
  ...base(),
  kind: "assistance",
  neededAt: LATER,
  mobility: "escort",
  phone: "13812345678",
  consent: "on",
  pickupAddress: "3栋2单元楼下",
  destination: "市二医院 心内科",
  returnTrip: "yes",
});

function parsed(input: unknown): WishFormValues {
  const result = wishFormSchema.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe("required fields", () => {
  it("accepts the minimum: kind, category, content and a key", () => {
    const value = parsed(base());
    expect(value).toMatchObject({
      kind: "wish",
      category: "elderly-care",
      anonymous: false,
      consent: false,
      public: false,
      mobility: [],
    });
    expect(value.name).toBeUndefined();
    expect(value.phone).toBeUndefined();
  });

  it("asks for a kind from the list; the category may be left to staff, but not mistyped", () => {
    expect(issues({ ...base(), kind: undefined }).kind).toEqual(["kind.required"]);
    expect(issues({ ...base(), kind: "complaint" }).kind).toEqual(["kind.required"]);
    expect(issues({ ...base(), category: "" })).toEqual({});
    expect(parsed({ ...base(), category: "" }).category).toBeUndefined();
    expect(parsed({ ...base(), category: undefined }).category).toBeUndefined();
    expect(issues({ ...base(), category: "weather" }).category).toEqual(["invalid"]);
    for (const kind of wishKinds.filter((k) => k !== "assistance")) expect(issues({ ...base(), kind })).toEqual({});
    for (const category of wishCategories) expect(issues({ ...base(), category })).toEqual({});
  });

  // Hidden fields the resident can neither see nor fix: problems of the whole form.
  it("needs an idempotency key that is a uuid", () => {
    expect(issues({ ...base(), idempotencyKey: undefined })[""]).toEqual(["form.expired"]);
    expect(issues({ ...base(), idempotencyKey: "1234" })[""]).toEqual(["form.expired"]);
  });

  it("rejects a filled honeypot", () => {
    expect(issues({ ...base(), website: "http://spam.example" })[""]).toEqual(["form.rejected"]);
    expect(issues({ ...base(), website: "" })).toEqual({});
  });
});

describe("content", () => {
  it("is required, trimmed, and between 5 and 1000 characters", () => {
    expect(issues({ ...base(), content: undefined }).content).toEqual(["content.required"]);
    expect(issues({ ...base(), content: "   " }).content).toEqual(["content.tooShort"]);
    expect(issues({ ...base(), content: "  四个字啊  " }).content).toEqual(["content.tooShort"]);
    expect(parsed({ ...base(), content: "  五个字就行  " }).content).toBe("五个字就行");
    expect(issues({ ...base(), content: "字".repeat(LIMITS.contentMax) })).toEqual({});
    expect(issues({ ...base(), content: "字".repeat(LIMITS.contentMax + 1) }).content).toEqual(["content.tooLong"]);
  });
});

describe("phone", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["138-1234-5678", "13812345678"],
    ["+86 138 1234 5678", "13812345678"],
    ["+86-13812345678", "13812345678"],
    ["8613812345678", "13812345678"],
    ["0086 138 1234 5678", "13812345678"],
    ["(138) 1234-5678", "13812345678"],
    ["１３８ １２３４ ５６７８", "13812345678"],
  ])("normalises %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
    expect(parsed({ ...base(), phone: input, consent: "on" }).phone).toBe(expected);
  });

  it.each(["12812345678", "1381234567", "138123456789", "+1 415 555 0100", "电话", "23812345678"])(
    "rejects %s",
    (input) => {
      expect(issues({ ...base(), phone: input, consent: "on" }).phone).toEqual(["phone.invalid"]);
    },
  );

  it("treats an empty or blank phone as not given", () => {
    expect(parsed({ ...base(), phone: "" }).phone).toBeUndefined();
    expect(parsed({ ...base(), phone: "  " }).phone).toBeUndefined();
  });
});

describe("consent (PIPL)", () => {
  it("is required whenever personal data is given", () => {
    for (const extra of [{ name: "张阿姨" }, { phone: "13812345678" }, { building: "3栋2单元" }]) {
      expect(issues({ ...base(), ...extra }).consent).toEqual(["consent.required"]);
      expect(issues({ ...base(), ...extra, consent: "on" })).toEqual({});
    }
  });

  it("is not needed without personal data", () => {
    expect(issues({ ...base(), name: "   " })).toEqual({});
  });

  it("is not needed when the wish is anonymous (nothing is kept)", () => {
    expect(issues({ ...base(), name: "张阿姨", phone: "13812345678", anonymous: "on" })).toEqual({});
  });

  it("counts a pickup address only on assistance requests, where it is kept", () => {
    expect(issues({ ...base(), pickupAddress: "3栋楼下", destination: "市二医院" })).toEqual({});
    expect(issues({ ...escort(), consent: undefined }).consent).toEqual(["consent.required"]);
    expect(issues(escort())).toEqual({});
  });

  it("reads checkboxes as the browser sends them", () => {
    expect(parsed({ ...base(), anonymous: "on", consent: "true", public: true })).toMatchObject({
      anonymous: true,
      consent: true,
      public: true,
    });
    expect(parsed({ ...base(), anonymous: "off" }).anonymous).toBe(false);
  });
});

describe("assistance requests", () => {
  const assistance = () => ({ ...base(), kind: "assistance", phone: "13812345678", consent: "on" });

  it("need a time and at least one kind of help", () => {
    const found = issues(assistance());
    expect(found.neededAt).toEqual(["neededAt.required"]);
    expect(found.mobility).toEqual(["mobility.required"]);
    expect(issues({ ...assistance(), neededAt: LATER, mobility: ["wheelchair", "stair_climber"] })).toEqual({});
  });

  it("need a phone, and cannot be anonymous: an escort is arranged by phone", () => {
    const { phone: _phone, consent: _consent, ...noPhone } = assistance();
    expect(issues({ ...noPhone, neededAt: LATER, mobility: "wheelchair" })).toEqual({
      phone: ["phone.requiredForAssistance"],
    });
    expect(issues({ ...assistance(), neededAt: LATER, mobility: "wheelchair", anonymous: "on" })).toEqual({
      anonymous: ["anonymous.notForAssistance"],
    });
    // Other kinds stay as they were: no phone needed, anonymity offered.
    expect(issues({ ...base(), anonymous: "on" })).toEqual({});
  });

  it("refuse a time already past in Shenzhen, to the minute", () => {
    // 05:40:30 UTC is 13:40:30 in Shenzhen.
    const now = new Date("2026-12-05T05:40:30Z");
    const check = (neededAt: string) =>
      checkWishForm({ ...assistance(), neededAt, mobility: "wheelchair", idempotencyKey: randomUUID() }, now);
    expect(check("2026-12-05T13:40").ok).toBe(true);
    expect(check("2026-12-06T09:00").ok).toBe(true);
    for (const past of ["2026-12-05T13:39", "2026-12-05T06:00", "2026-12-04T20:00", "2020-01-01T00:00"]) {
      const result = check(past);
      expect(result.ok, past).toBe(false);
      if (!result.ok) expect(result.problems, past).toEqual({ neededAt: ["neededAt.past"] });
    }
    // The schema uses the clock of the moment.
    expect(issues({ ...assistance(), neededAt: "2020-01-01T09:30", mobility: "wheelchair" }).neededAt).toEqual([
      "neededAt.past",
    ]);
  });

  it("with an escort, need the pickup point, the destination and whether to come back", () => {
    const { pickupAddress: _p, destination: _d, returnTrip: _r, ...bare } = escort();
    expect(issues(bare)).toEqual({
      pickupAddress: ["pickupAddress.requiredForEscort"],
      destination: ["destination.requiredForEscort"],
      returnTrip: ["returnTrip.requiredForEscort"],
    });
    expect(parsed(escort())).toMatchObject({
      pickupAddress: "3栋2单元楼下",
      destination: "市二医院 心内科",
      returnTrip: true,
    });
    expect(parsed({ ...escort(), returnTrip: "no" }).returnTrip).toBe(false);
    expect(parsed({ ...escort(), returnTrip: false }).returnTrip).toBe(false);
    expect(issues({ ...escort(), returnTrip: "maybe" }).returnTrip).toEqual(["invalid"]);
    // A wheelchair alone needs none of them.
    expect(parsed({ ...assistance(), neededAt: LATER, mobility: "wheelchair" }).returnTrip).toBeUndefined();
  });

  it("accept one or several aids, once each", () => {
    expect(parsed({ ...assistance(), neededAt: LATER, mobility: "stair_climber" }).mobility).toEqual(["stair_climber"]);
    expect(parsed({ ...escort(), mobility: [...mobilityAids, "escort", "escort"] }).mobility).toEqual([
      ...mobilityAids,
    ]);
    expect(issues({ ...assistance(), neededAt: LATER, mobility: ["helicopter"] }).mobility).toEqual([
      "mobility.invalid",
    ]);
  });

  it("reject a time that is not on the calendar", () => {
    for (const bad of ["2026-02-30T10:00", "2026-12-01T25:00", "2026-12-01 09:30", "明天上午", "2026-12-01"]) {
      expect(issues({ ...assistance(), neededAt: bad, mobility: "escort" }).neededAt, bad).toEqual([
        "neededAt.invalid",
      ]);
    }
    expect(issues({ ...assistance(), neededAt: "2032-02-29T23:59", mobility: "wheelchair" })).toEqual({});
    expect(shanghaiLocalInstant("2027-02-29T10:00")).toBeNull();
  });

  it("ignore the assistance fields for other kinds", () => {
    expect(issues({ ...base(), neededAt: "", mobility: "" })).toEqual({});
  });
});

describe("limits", () => {
  it.each([
    ["name", LIMITS.name],
    ["building", LIMITS.building],
    ["pickupAddress", LIMITS.pickupAddress],
    ["destination", LIMITS.destination],
  ] as const)("%s: at most %i characters", (field, max) => {
    expect(issues({ ...base(), consent: "on", [field]: "字".repeat(max) })).toEqual({});
    expect(issues({ ...base(), consent: "on", [field]: "字".repeat(max + 1) })[field]).toEqual([`${field}.tooLong`]);
  });
});

describe("QR fields", () => {
  it("keep a well-formed place and drop a mangled one without an error", () => {
    const stall = randomUUID();
    expect(parsed({ ...base(), marketDay: "2023-05-27-party-member-service-market", stall })).toMatchObject({ stall });
    const mangled = parsed({ ...base(), marketDay: "x".repeat(LIMITS.marketDay + 1), stall: "not-a-uuid" });
    expect(mangled.marketDay).toBeUndefined();
    expect(mangled.stall).toBeUndefined();
  });
});

describe("every problem at once", () => {
  it("reports content, phone and consent together", () => {
    const found = issues({ ...base(), content: "短", phone: "123", name: "张阿姨" });
    expect(Object.keys(found).sort()).toEqual(["consent", "content", "phone"]);
  });
});

describe("as the Server Action and the browser read it (FormData)", () => {
  const formOf = (entries: [string, string][]) => {
    const form = new FormData();
    for (const [k, v] of entries) form.append(k, v);
    return readForm(form);
  };

  it("turns empty fields into absent ones and keeps every ticked aid", () => {
    const fields = {
      ...base(),
      kind: "assistance",
      name: "",
      phone: "138 1234 5678",
      consent: "on",
      neededAt: LATER,
      pickupAddress: "3栋楼下",
      destination: "社康中心",
      returnTrip: "no",
    };
    const input = formOf([...Object.entries(fields), ["mobility", "wheelchair"], ["mobility", "escort"]]);
    expect(parsed(input)).toMatchObject({
      name: undefined,
      phone: "13812345678",
      mobility: ["wheelchair", "escort"],
      consent: true,
    });
  });

  it("gives full message keys per field, and the whole form's problems apart", () => {
    const result = wishFormSchema.safeParse(formOf([["content", "短"]]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFromZod(result.error, "wishForm.errors")).toEqual({
      kind: ["wishForm.errors.kind.required"],
      content: ["wishForm.errors.content.tooShort"],
      "": ["wishForm.errors.form.expired"],
    });
  });

  it("the browser's check and the server's schema agree, whatever arrives", () => {
    const names = [
      "kind",
      "category",
      "content",
      "name",
      "phone",
      "consent",
      "anonymous",
      "neededAt",
      "mobility",
      "pickupAddress",
      "destination",
      "returnTrip",
      "website",
      "idempotencyKey",
    ];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...names), fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }))),
        (input) => {
          const checked = checkWishForm(input);
          const result = wishFormSchema.safeParse(input);
          expect(result.success).toBe(checked.ok);
          if (!result.success && !checked.ok)
            expect(fieldErrorsFromZod(result.error, "ns")).toEqual(
              Object.fromEntries(
                Object.entries(checked.problems).map(([field, keys]) => [field, keys.map((key) => `ns.${key}`)]),
              ),
            );
        },
      ),
    );
  });
});

describe("properties", () => {
  const names = [
    "kind",
    "category",
    "content",
    "name",
    "phone",
    "building",
    "anonymous",
    "consent",
    "public",
    "marketDay",
    "stall",
    "idempotencyKey",
    "website",
    "neededAt",
    "mobility",
    "pickupAddress",
    "destination",
    "returnTrip",
  ];
  const value = fc.oneof(
    fc.string(),
    fc.array(fc.string(), { maxLength: 4 }),
    fc.boolean(),
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
  );

  it("safeParse never throws, whatever arrives", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string()), value), (input) => {
        expect(() => wishFormSchema.safeParse(input)).not.toThrow();
      }),
    );
    fc.assert(fc.property(fc.anything(), (input) => void wishFormSchema.safeParse(input)));
  });

  const nonBlank = (max: number) =>
    fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0 && s.trim() === s);
  const validInput = fc
    .record(
      {
        kind: fc.constantFrom(...wishKinds),
        category: fc.constantFrom(...wishCategories),
        content: fc
          .string({ minLength: LIMITS.contentMin, maxLength: 200 })
          .filter((s) => s.trim().length >= LIMITS.contentMin),
        name: nonBlank(LIMITS.name),
        phone: fc.tuple(fc.constantFrom("13", "15", "18", "19"), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b),
        building: nonBlank(LIMITS.building),
        anonymous: fc.boolean(),
        public: fc.boolean(),
        idempotencyKey: fc.uuid(),
        neededAt: fc
          .date({ min: new Date("2030-01-01"), max: new Date("2040-01-01"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 16)),
        mobility: fc.uniqueArray(fc.constantFrom(...mobilityAids), { minLength: 1 }),
        pickupAddress: nonBlank(LIMITS.pickupAddress),
        destination: nonBlank(LIMITS.destination),
        returnTrip: fc.constantFrom(...returnTripChoices),
      },
      { requiredKeys: ["kind", "category", "content", "idempotencyKey", "neededAt", "mobility"] },
    )
    // What an assistance request cannot do without (a phone, no anonymity; with an escort, where and back).
    .map((input) =>
      input.kind !== "assistance"
        ? input
        : {
            ...input,
            phone: input.phone ?? "13812345678",
            anonymous: false,
            ...(input.mobility.includes("escort")
              ? {
                  pickupAddress: input.pickupAddress ?? "楼下",
                  destination: input.destination ?? "医院",
                  returnTrip: input.returnTrip ?? "no",
                }
              : {}),
          },
    );

  it("any valid input round-trips: parsing its output gives the same output", () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const first = parsed({ ...input, consent: true });
        expect(parsed(first)).toEqual(first);
      }),
    );
  });

  it("content of 5 to 1000 characters after trimming always passes", () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: LIMITS.contentMin, maxLength: LIMITS.contentMax })
          .filter((s) => s.trim().length >= LIMITS.contentMin),
        fc.stringMatching(/^\s{0,5}$/),
        (text, padding) => {
          expect(issues({ ...base(), content: `${padding}${text}${padding}` })).toEqual({});
        },
      ),
    );
  });
});

describe("email and messages (issue 13)", () => {
  it("takes an optional email, which needs the contact consent like a phone", () => {
    expect(parsed({ ...base(), email: " name@example.com ", consent: "on" }).email).toBe("name@example.com");
    expect(issues({ ...base(), email: "name@example.com" }).consent).toEqual(["consent.required"]);
    expect(issues({ ...base(), email: "13812345678", consent: "on" }).email).toEqual(["email.invalid"]);
    expect(issues({ ...base(), email: `${"a".repeat(95)}@x.org`, consent: "on" }).email).toEqual(["email.tooLong"]);
  });

  it("keeps the consent to messages apart from the consent to keep contact data", () => {
    const value = parsed({ ...base(), phone: "13812345678", consent: "on", messages: "on" });
    expect(value).toMatchObject({ consent: true, messages: true });
    expect(parsed({ ...base(), phone: "13812345678", consent: "on" }).messages).toBe(false);
  });

  it("asks for somewhere to send messages, and refuses them on an anonymous wish", () => {
    expect(issues({ ...base(), messages: "on" }).messages).toEqual(["messages.needsContact"]);
    expect(issues({ ...base(), messages: "on", anonymous: "on", phone: "13812345678" }).messages).toEqual([
      "messages.notAnonymous",
    ]);
    expect(issues({ ...base(), messages: "on", email: "name@example.com", consent: "on" })).toEqual({});
  });
});
