// The inbox's urgency rules (lib/wishes/inbox-order.ts) on the Shenzhen calendar:
// "today" ends at Shenzhen midnight, not UTC's, and overdue days are whole days.
import { describe, expect, it } from "vitest";
import { endOfShanghaiDay, isNeededSoon, overdueDays, urgencyRank } from "@/lib/wishes/inbox-order";

const H = 3_600_000;
// 23:30 in Shenzhen on 29 November.
const NOW = new Date("2026-11-29T15:30:00Z");
const wish = (over: Partial<Parameters<typeof urgencyRank>[0]>) => ({
  status: "SUBMITTED" as const,
  replyDueAt: new Date(NOW.getTime() + 72 * H),
  referralDueAt: null,
  neededAt: null,
  ...over,
});

describe("inbox urgency", () => {
  it("ends today at Shenzhen midnight", () => {
    expect(endOfShanghaiDay(NOW).toISOString()).toBe("2026-11-29T16:00:00.000Z");
  });

  it("ranks overdue, due before midnight, and the rest", () => {
    expect(urgencyRank(wish({ replyDueAt: new Date(NOW.getTime() - H) }), NOW)).toBe(0);
    expect(urgencyRank(wish({ replyDueAt: new Date(NOW.getTime() + 20 * 60_000) }), NOW)).toBe(1);
    // Due at 00:30 tomorrow: not today.
    expect(urgencyRank(wish({ replyDueAt: new Date(NOW.getTime() + H) }), NOW)).toBe(2);
    expect(urgencyRank(wish({ status: "SETTLED", replyDueAt: new Date(0) }), NOW)).toBe(2);
  });

  it("flags help needed within 24 hours on an open wish only", () => {
    expect(isNeededSoon(wish({ neededAt: new Date(NOW.getTime() + 23 * H) }), NOW)).toBe(true);
    expect(isNeededSoon(wish({ neededAt: new Date(NOW.getTime() + 25 * H) }), NOW)).toBe(false);
    expect(isNeededSoon(wish({ neededAt: new Date(NOW.getTime() - H) }), NOW)).toBe(false);
    expect(isNeededSoon(wish({ status: "SETTLED", neededAt: new Date(NOW.getTime() + H) }), NOW)).toBe(false);
    expect(urgencyRank(wish({ status: "REFERRED", neededAt: new Date(NOW.getTime() + 2 * H) }), NOW)).toBe(1);
  });

  it("counts whole days overdue, at least one", () => {
    expect(overdueDays(wish({ replyDueAt: new Date(NOW.getTime() - 2 * H) }), NOW)).toBe(1);
    expect(overdueDays(wish({ replyDueAt: new Date(NOW.getTime() - 50 * H) }), NOW)).toBe(2);
    const referred = wish({ status: "REFERRED", referralDueAt: new Date(NOW.getTime() - 80 * H) });
    expect(overdueDays(referred, NOW)).toBe(3);
    expect(overdueDays(wish({}), NOW)).toBeNull();
  });
});
