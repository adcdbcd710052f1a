import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_TARGETS } from "@/lib/deadlines/deadline-targets";
import { deadlineTargetSchema } from "@/lib/deadlines/deadline-target-schema";
import { ANY, pickTargets, type TargetRow } from "@/lib/deadlines/pick-targets";

const row = (kind: string, category: string, first: number): TargetRow => ({
  kind,
  category,
  firstReplyDays: first,
  unitAnswerDays: first + 1,
  settlementDays: first + 10,
});

describe("deadline targets: the most specific row wins", () => {
  const rows = [row(ANY, ANY, 1), row("OPINION", ANY, 2), row(ANY, "LEGAL", 3), row("OPINION", "LEGAL", 4)];

  it("kind and category, then category, then kind, then the community's", () => {
    expect(pickTargets(rows, "OPINION", "LEGAL").firstReplyDays).toBe(4);
    expect(pickTargets(rows, "WISH", "LEGAL").firstReplyDays).toBe(3);
    expect(pickTargets(rows, "OPINION", "HEALTH").firstReplyDays).toBe(2);
    expect(pickTargets(rows, "WISH", "HEALTH").firstReplyDays).toBe(1);
  });

  it("gives a wish without a category only the rows for any category", () => {
    expect(pickTargets(rows, "OPINION", null).firstReplyDays).toBe(2);
    expect(pickTargets(rows, "WISH", null).firstReplyDays).toBe(1);
  });

  it("falls back to the defaults without a matching row, and never returns a row's keys", () => {
    expect(pickTargets([], "WISH", "LEGAL")).toEqual(DEFAULT_TARGETS);
    expect(pickTargets([row("SERVICE", ANY, 9)], "WISH", null)).toEqual(DEFAULT_TARGETS);
    expect(Object.keys(pickTargets(rows, "WISH", null)).sort()).toEqual(
      ["firstReplyDays", "settlementDays", "unitAnswerDays"].sort(),
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        expect(pickTargets(shuffled, "OPINION", "LEGAL")).toEqual(pickTargets(rows, "OPINION", "LEGAL"));
        expect(pickTargets(shuffled, "WISH", "HEALTH")).toEqual(pickTargets(rows, "WISH", "HEALTH"));
      }),
    );
  });
});

describe("the deadline-target form", () => {
  const good = { kind: "*", category: "LEGAL", firstReplyDays: "1", unitAnswerDays: "5", settlementDays: "15" };

  it("reads whole working days from the typed text", () => {
    expect(deadlineTargetSchema.parse(good)).toEqual({
      ...good,
      firstReplyDays: 1,
      unitAnswerDays: 5,
      settlementDays: 15,
    });
  });

  it("refuses fractions, zero, too many days, unknown kinds and a settlement before the reply", () => {
    const issue = (input: Record<string, string>) =>
      deadlineTargetSchema
        .safeParse({ ...good, ...input })
        .error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issue({ firstReplyDays: "1.5" })).toEqual(["firstReplyDays:wholeDays"]);
    expect(issue({ unitAnswerDays: "0" })).toEqual(["unitAnswerDays:outOfRange"]);
    expect(issue({ settlementDays: "61" })).toEqual(["settlementDays:outOfRange"]);
    expect(issue({ firstReplyDays: "" })).toEqual(["firstReplyDays:required"]);
    expect(issue({ kind: "PARTY" })).toEqual(["kind:required"]);
    expect(issue({ firstReplyDays: "10", settlementDays: "5", unitAnswerDays: "3" })).toEqual([
      "settlementDays:settleBeforeReply",
    ]);
    expect(issue({ unitAnswerDays: "20" })).toEqual(["settlementDays:settleBeforeUnit"]);
  });
});
