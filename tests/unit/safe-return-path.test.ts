// The one same-origin check for "go back to" addresses (lib/http/safe-return-path.ts):
// whatever a hostile form sends, the answer, resolved the way a browser does,
// stays on this site.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/sign-in-form";
import { safeReturnPath } from "@/lib/http/safe-return-path";

const ORIGIN = "https://huiyin.example";

/** How a browser reads a Location: tabs and newlines dropped, "\" as "/", then resolved. */
function browserResolve(location: string): URL {
  return new URL(location.replace(/[\t\n\r]/g, ""), ORIGIN);
}

const hostilePrefixes = [
  "//",
  "/\\",
  "\\\\",
  "/\t/",
  "/\n/",
  "/\r/",
  "\t",
  "%09",
  "/%09/",
  "/%2F/",
  "javascript:",
  "JaVaScRiPt:",
  "http:",
  "https://",
  "data:",
  "/ /",
  "/\u00a0/",
  "/\u3000/",
  "/\u200b/",
  "\u0000",
  "/.//",
  "/a/../..//",
  "/../",
];

const hostile = fc
  .tuple(
    fc.constantFrom(...hostilePrefixes, "/", ""),
    fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
    fc.constantFrom("evil.example", "evil.example/path", "@evil.example", ""),
  )
  .map(([prefix, middle, host]) => `${prefix}${middle}${host}`);

describe("safeReturnPath", () => {
  it("keeps the origin for any hostile string (fast-check)", () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const result = safeReturnPath(input);
        expect(browserResolve(result).origin).toBe(ORIGIN);
        // Never anything a browser would rewrite before resolving.
        expect(result).not.toMatch(/[\t\n\r\\]/);
        expect(result.startsWith("/")).toBe(true);
        expect(result.startsWith("//")).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps the origin for any string at all", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (input) => {
        expect(browserResolve(safeReturnPath(input)).origin).toBe(ORIGIN);
      }),
      { numRuns: 5000 },
    );
  });

  it("refuses the tricks a prefix check misses", () => {
    for (const bad of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "http://evil.example",
      "/a/../..//evil.example",
      " /stalls",
      "/stalls ",
      "",
      42,
      null,
      "/".padEnd(3000, "a"),
    ])
      expect(safeReturnPath(bad), JSON.stringify(bad)).toBe("/");
  });

  it("keeps a real path on this site, query and all", () => {
    expect(safeReturnPath("/stalls?audience=elderly")).toBe("/stalls?audience=elderly");
    expect(safeReturnPath("/en/wishes/track")).toBe("/en/wishes/track");
    expect(safeReturnPath("/%09/x")).toBe("/%09/x");
    // Non-ASCII is sent encoded, so the Location header is always valid.
    expect(safeReturnPath("/stalls?q=理发")).toBe("/stalls?q=%E7%90%86%E5%8F%91");
    expect(safeReturnPath("//evil.example", "/en")).toBe("/en");
  });
});

describe("safeNextPath (sign-in)", () => {
  it("sends hostile next= values to the dashboard home", () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const result = safeNextPath(input, "zh-CN");
        expect(browserResolve(result).origin).toBe(ORIGIN);
        expect(result).toMatch(/^\/(en\/)?admin/);
      }),
      { numRuns: 2000 },
    );
    expect(safeNextPath("/admin\t/x", "zh-CN")).toBe("/admin");
  });
});
