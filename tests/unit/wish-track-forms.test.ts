// The tracking page's and the wall's input parsing: pure code, no database.
import { describe, expect, it } from "vitest";
import { rateFormSchema, trackFormSchema } from "@/lib/wishes/track-form-schema";
import { decodeCursor, encodeCursor, parseWallFilter, wallPath } from "@/lib/wishes/wall-filter";

const ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("tracking form", () => {
  it("needs a code; the digits are four or none, full-width digits included", () => {
    expect(trackFormSchema.safeParse({ code: "  ", last4: "" }).success).toBe(false);
    expect(trackFormSchema.parse({ code: "k7qm 3xwp", last4: "" })).toEqual({ code: "k7qm 3xwp", last4: "" });
    expect(trackFormSchema.parse({ code: "X", last4: "５６ ７８" }).last4).toBe("5678");
    expect(trackFormSchema.safeParse({ code: "X", last4: "567" }).success).toBe(false);
    expect(trackFormSchema.safeParse({ code: "X", last4: "abcd" }).success).toBe(false);
  });

  it("takes a rating of 1 to 5 and a comment of at most 300 characters", () => {
    expect(rateFormSchema.parse({ code: "X", last4: "", rating: "2", comment: " 还行 " })).toMatchObject({
      rating: 2,
      comment: "还行",
    });
    for (const rating of ["", "0", "6", "2.5", "x"]) {
      expect(rateFormSchema.safeParse({ code: "X", last4: "", rating }).error?.issues[0]?.message).toBe(
        "ratingRequired",
      );
    }
    expect(rateFormSchema.safeParse({ code: "X", last4: "", rating: "5", comment: "很".repeat(301) }).success).toBe(
      false,
    );
  });
});

describe("wall filter", () => {
  it("reads market day, state and cursor, and drops what it does not know", () => {
    expect(parseWallFilter({ marketDay: "2023-05-27-x", state: "settled", after: `1685170000000.${ID}` })).toEqual({
      marketDay: "2023-05-27-x",
      state: "SETTLED",
      after: { at: 1685170000000, id: ID },
    });
    expect(parseWallFilter({ marketDay: "../etc", state: "secret", after: "0; DROP TABLE" })).toEqual({
      marketDay: null,
      state: null,
      after: null,
    });
    expect(parseWallFilter({ state: ["reopened", "settled"] }).state).toBe("REOPENED");
  });

  it("round-trips the cursor and builds links", () => {
    const cursor = { at: 1685170000123, id: ID };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(wallPath({ marketDay: null, state: null })).toBe("/wishes");
    expect(wallPath({ marketDay: "d", state: "DUPLICATE" }, cursor)).toBe(
      `/wishes?marketDay=d&state=duplicate&after=1685170000123.${ID}`,
    );
  });
});
