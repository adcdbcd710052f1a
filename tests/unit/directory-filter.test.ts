// The stall directory's filter: what the GET form sends, what the proxy turns into
// a path segment, and what the filtered page reads back must all agree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  audienceFilters,
  categoryFilters,
  filterFromSegment,
  filterToSearch,
  filterToSegment,
  isEmptyFilter,
  parseDirectoryFilter,
  QUERY_MAX_LENGTH,
  type DirectoryFilter,
} from "@/lib/stalls/directory-filter";

const parse = (query: string | Record<string, string>) => parseDirectoryFilter(new URLSearchParams(query));

describe("parseDirectoryFilter", () => {
  it("reads audience, category and q", () => {
    expect(parse("audience=elderly&category=life-service&q=理发")).toEqual({
      audience: "elderly",
      category: "LIFE_SERVICE",
      q: "理发",
    });
  });

  it("drops junk values instead of failing", () => {
    expect(parse("audience=martians&category=DROP%20TABLE&q=")).toEqual({ audience: null, category: null, q: "" });
    expect(parse("audience=all&category=")).toEqual({ audience: null, category: null, q: "" });
    expect(parse("audience=ELDERLY").audience).toBeNull();
    expect(isEmptyFilter(parse("audience=all&category=&q=%20%20"))).toBe(true);
  });

  it("accepts every audience and category the form offers", () => {
    for (const audience of audienceFilters) expect(parse({ audience }).audience).toBe(audience);
    for (const category of categoryFilters) expect(parse({ category }).category).not.toBeNull();
  });

  it("trims, collapses spaces and normalises full-width text in q", () => {
    expect(parse({ q: "  免费   理发 \n" }).q).toBe("免费 理发");
    expect(parse({ q: "ＨＡＩＲＣＵＴ" }).q).toBe("HAIRCUT");
  });

  it("limits q to the search box's length", () => {
    expect(parse({ q: "理".repeat(100) }).q).toBe("理".repeat(QUERY_MAX_LENGTH));
    // Cut at the limit, a trailing space is not kept.
    expect(parse({ q: `${"a".repeat(QUERY_MAX_LENGTH - 1)} b` }).q).toBe("a".repeat(QUERY_MAX_LENGTH - 1));
  });

  it("never cuts a character in half", () => {
    const q = parse({ q: `${"a".repeat(QUERY_MAX_LENGTH - 1)}😀😀` }).q;
    expect(q).toBe("a".repeat(QUERY_MAX_LENGTH - 1));
    expect(q).not.toMatch(/[\uD800-\uDFFF]/);
  });
});

describe("segments", () => {
  it("the empty filter is the segment 'all'", () => {
    const empty = parse("");
    expect(filterToSegment(empty)).toBe("all");
    expect(filterFromSegment("all")).toEqual(empty);
  });

  it("round-trips through the path segment", () => {
    const filters: DirectoryFilter[] = [
      { audience: "elderly", category: null, q: "" },
      { audience: null, category: "LEGAL", q: "" },
      { audience: "low-income", category: "WELFARE", q: "食物 & 100%" },
      { audience: null, category: null, q: "a/b?c#d=e+f" },
    ];
    for (const filter of filters) {
      const segment = filterToSegment(filter);
      expect(segment).not.toMatch(/[/?#&=]/);
      expect(filterFromSegment(segment)).toEqual(filter);
    }
  });

  it("writes a canonical query string in a fixed order", () => {
    expect(filterToSearch(parse("q=理发&category=health&audience=elderly"))).toBe(
      `audience=elderly&category=health&q=${encodeURIComponent("理发")}`,
    );
  });

  it("a malformed segment gives the empty filter", () => {
    expect(filterFromSegment("%E0%A4%A")).toEqual(parse(""));
  });
});

describe("properties", () => {
  // Long strings of the pieces that make the cut at QUERY_MAX_LENGTH tricky:
  // spaces, emoji (surrogate pairs), full-width and combining characters.
  const tricky = fc
    .array(fc.constantFrom("a", " ", "\u3000", "\n", "😀", "理", "Ｈ", "e\u0301", "\u1100\u1161", "%", "+", "&"), {
      minLength: 30,
      maxLength: 60,
    })
    .map((pieces) => pieces.join(""));
  const value = fc.oneof(
    fc.string({ unit: "binary", maxLength: 80, size: "max" }),
    tricky,
    fc.constantFrom(...audienceFilters, ...categoryFilters, "all", "", " "),
  );
  const inputs = fc.record({ audience: value, category: value, q: value });

  it("parseDirectoryFilter never throws and its filter survives the segment round trip", () => {
    fc.assert(
      fc.property(inputs, fc.boolean(), (input, asQuery) => {
        // Both as the browser encodes a form and as raw values.
        const params = asQuery
          ? new URLSearchParams(new URLSearchParams(input).toString())
          : new URLSearchParams(input);
        const filter = parseDirectoryFilter(params);
        expect(filter.q.length).toBeLessThanOrEqual(QUERY_MAX_LENGTH);
        expect(filterFromSegment(filterToSegment(filter))).toEqual(filter);
      }),
      { numRuns: 2000 },
    );
  });

  it("filterFromSegment never throws on any segment", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), (segment) => {
        const filter = filterFromSegment(segment);
        expect(filter.q.length).toBeLessThanOrEqual(QUERY_MAX_LENGTH);
      }),
    );
  });
});
