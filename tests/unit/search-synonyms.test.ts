// The stall search's synonyms: how a resident's query is expanded
// (lib/search-synonyms/expand-query.ts) and what the staff form accepts
// (lib/search-synonyms/synonym-form-schema.ts).
import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/forms/zod-errors";
import { expandSearchQuery, MAX_SEARCH_ALTERNATIVES } from "@/lib/search-synonyms/expand-query";
import { synonymFormSchema, synonymIdSchema } from "@/lib/search-synonyms/synonym-form-schema";
import { SEARCH_SYNONYMS } from "@/lib/seed/data/search-synonyms";
import { normalizeSearchText } from "@/lib/stalls/search-text";

const haircut = [
  { term: "剪头发", expandsTo: ["理发", "义剪"] },
  { term: "剪发", expandsTo: ["理发", "义剪"] },
  { term: "理发", expandsTo: ["义剪"] },
];

describe("expandSearchQuery", () => {
  it("adds the words a term stands for, after the query itself", () => {
    expect(expandSearchQuery("剪头发", haircut)).toEqual(["剪头发", "理发", "义剪"]);
    expect(expandSearchQuery("剪发", haircut)).toEqual(["剪发", "理发", "义剪"]);
  });

  it("finds a term inside a longer query, and searches for the term alone too", () => {
    expect(expandSearchQuery("我想剪头发", haircut)).toEqual(["我想剪头发", "剪头发", "理发", "义剪"]);
  });

  it("leaves a query with no listed term as it is", () => {
    expect(expandSearchQuery("法律", haircut)).toEqual(["法律"]);
    expect(expandSearchQuery("剪头", haircut)).toEqual(["剪头"]);
  });

  it("goes one step only: the words added are not expanded again", () => {
    const chain = [
      { term: "剪头发", expandsTo: ["理发"] },
      { term: "理发", expandsTo: ["义剪"] },
    ];
    expect(expandSearchQuery("剪头发", chain)).toEqual(["剪头发", "理发"]);
  });

  it("takes every term the query contains, longest first, without repeats", () => {
    const synonyms = [
      { term: "律师", expandsTo: ["法律"] },
      { term: "剪头发", expandsTo: ["理发", "义剪"] },
    ];
    expect(expandSearchQuery("律师 剪头发", synonyms)).toEqual([
      "律师 剪头发",
      "剪头发",
      "理发",
      "义剪",
      "律师",
      "法律",
    ]);
    expect(expandSearchQuery("理发", [{ term: "理发", expandsTo: ["理发", "义剪", "义剪"] }])).toEqual([
      "理发",
      "义剪",
    ]);
  });

  it("compares normalised text: full-width and capital letters, extra spaces", () => {
    const synonyms = [{ term: "Barber", expandsTo: ["HAIRCUT"] }];
    expect(expandSearchQuery("  ＢＡＲＢＥＲ  shop ", synonyms)).toEqual(["barber shop", "barber", "haircut"]);
  });

  it("returns nothing for an empty query, and at most MAX_SEARCH_ALTERNATIVES words", () => {
    expect(expandSearchQuery("   ", haircut)).toEqual([]);
    const many = [{ term: "服务", expandsTo: Array.from({ length: 30 }, (_, i) => `词${i}`) }];
    const words = expandSearchQuery("服务", many);
    expect(words).toHaveLength(MAX_SEARCH_ALTERNATIVES);
    expect(words.slice(0, 3)).toEqual(["服务", "词0", "词1"]);
  });
});

describe("the seeded synonyms", () => {
  it("are stored as the search compares them, and none lists its own term", () => {
    for (const { term, expandsTo } of SEARCH_SYNONYMS) {
      expect(normalizeSearchText(term)).toBe(term);
      expect(expandsTo.length).toBeGreaterThan(0);
      expect(expandsTo).not.toContain(term);
      expect(synonymFormSchema.safeParse({ term, expandsTo: expandsTo.join("、") }).success, term).toBe(true);
    }
    const terms = SEARCH_SYNONYMS.map((s) => s.term);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe("synonymFormSchema", () => {
  const errors = (input: Record<string, unknown>) => {
    const parsed = synonymFormSchema.safeParse(input);
    return parsed.success ? {} : fieldErrorsFromZod(parsed.error, "adminContent.errors");
  };

  it("splits the words on 、 , ， ; and new lines, normalised and without repeats", () => {
    const parsed = synonymFormSchema.parse({ term: " 剪头发 ", expandsTo: "理发、义剪，理发\nHaircut; barber；" });
    expect(parsed).toEqual({ term: "剪头发", expandsTo: ["理发", "义剪", "haircut", "barber"] });
  });

  it("keeps spaces inside a word, so English phrases stay whole", () => {
    expect(synonymFormSchema.parse({ term: "lawyer", expandsTo: "legal advice, law" }).expandsTo).toEqual([
      "legal advice",
      "law",
    ]);
  });

  it("drops the term from its own words, and asks for another when nothing is left", () => {
    expect(synonymFormSchema.parse({ term: "理发", expandsTo: "理发、义剪" }).expandsTo).toEqual(["义剪"]);
    expect(errors({ term: "理发", expandsTo: "理发" })).toEqual({ expandsTo: ["adminContent.errors.sameAsTerm"] });
  });

  it("reports missing, long and too many words next to their fields", () => {
    expect(errors({ term: "  ", expandsTo: " 、 " })).toEqual({
      term: ["adminContent.errors.required"],
      expandsTo: ["adminContent.errors.required"],
    });
    expect(errors({})).toEqual({
      term: ["adminContent.errors.required"],
      expandsTo: ["adminContent.errors.required"],
    });
    expect(errors({ term: "剪".repeat(21), expandsTo: "理发" })).toEqual({ term: ["adminContent.errors.tooLong"] });
    expect(errors({ term: "剪发", expandsTo: "理".repeat(21) })).toEqual({
      expandsTo: ["adminContent.errors.tooLong"],
    });
    const nine = Array.from({ length: 9 }, (_, i) => `词${i}`).join("、");
    expect(errors({ term: "剪发", expandsTo: nine })).toEqual({ expandsTo: ["adminContent.errors.tooMany"] });
  });

  it("the remove button's id must be a uuid", () => {
    expect(synonymIdSchema.safeParse({ id: "not-a-uuid" }).success).toBe(false);
    expect(synonymIdSchema.safeParse({ id: "0193a9b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b" }).success).toBe(true);
  });
});
