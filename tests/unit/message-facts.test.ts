// What a message says about its wish: the unit in the wish's language, the
// referral's or the council's due date, never anything personal.
import { describe, expect, it } from "vitest";
import { messageFacts } from "@/lib/notifications/outbox/message-facts";

const row = {
  id: "0193a3c4-5d6e-7f80-9a1b-2c3d4e5f6071",
  locale: "en",
  trackingCode: "K7Q29MZD",
  referralDepartment: null,
  referralDueAt: new Date("2026-12-20T10:00:00Z"),
  publicReply: null,
  referralOrg: { name: "园岭街道住房办", nameEn: "Yuanling Housing Office" },
  councilItem: { dueAt: new Date("2027-01-10T10:00:00Z") },
};
const now = new Date("2026-12-06T04:00:00Z");

describe("message facts", () => {
  it("names the unit in English for an English wish, in Chinese otherwise", () => {
    expect(messageFacts(row, "REFERRAL", now).unitName).toBe("Yuanling Housing Office");
    expect(messageFacts({ ...row, locale: "zh" }, "REFERRAL", now)).toMatchObject({
      locale: "zh",
      unitName: "园岭街道住房办",
    });
    expect(messageFacts({ ...row, referralOrg: { name: "物业公司", nameEn: null } }, "REFERRAL", now).unitName).toBe(
      "物业公司",
    );
    expect(messageFacts({ ...row, referralOrg: null, referralDepartment: "城管科" }, "REFERRAL", now).unitName).toBe(
      "城管科",
    );
  });

  it("takes the council item's due date for a decision, the referral's otherwise", () => {
    expect(messageFacts(row, "DECISION", now).dueAt).toEqual(row.councilItem.dueAt);
    expect(messageFacts(row, "REFERRAL", now).dueAt).toEqual(row.referralDueAt);
  });
});
