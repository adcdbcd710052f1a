// The staff wish forms' schemas (from their descriptions in lib/wishes/triage-forms.ts)
// and the inbox filter: pure parsing, no database.
import { describe, expect, it } from "vitest";
import {
  decodeInboxCursor,
  encodeInboxCursor,
  inboxSearch,
  likeContains,
  parseInboxFilter,
} from "@/lib/wishes/inbox-filter";
import { shanghaiEndOfDay } from "@/lib/time/shanghai";
import { TRIAGE_FORMS } from "@/lib/wishes/triage-forms";
import { enterOnSiteSchema } from "@/lib/wishes/triage-schemas";

const { HANDLE_ON_SITE, REFER, ESCALATE, REOPEN, MARK_DUPLICATE, ADD_NOTE } = TRIAGE_FORMS;
const handleOnSiteSchema = HANDLE_ON_SITE.schema;
const referSchema = REFER.schema;
const escalateSchema = ESCALATE.schema;

const ID = "0192f0e4-1111-7000-8000-000000000001";
const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];

describe("triage schemas", () => {
  it("require a reply to handle on site or settle, and trim it", () => {
    expect(messages(handleOnSiteSchema.safeParse({ wishId: ID, expectedVersion: "0", publicReply: "   " }))).toEqual([
      "publicReply:errors.required",
    ]);
    expect(handleOnSiteSchema.parse({ wishId: ID, expectedVersion: "3", publicReply: " 好 " })).toMatchObject({
      expectedVersion: 3,
      publicReply: "好",
    });
    expect(handleOnSiteSchema.safeParse({ wishId: "x", expectedVersion: "-1", publicReply: "好" }).success).toBe(false);
  });

  it("require a unit or a department and a future due date to refer", () => {
    expect(messages(referSchema.safeParse({ wishId: ID, expectedVersion: "0", referralDueAt: "2099-01-01" }))).toEqual([
      "referralOrgId:errors.referralTarget",
    ]);
    expect(
      messages(
        referSchema.safeParse({ wishId: ID, expectedVersion: "0", referralDepartment: "城建办", referralDueAt: "" }),
      ),
    ).toEqual(["referralDueAt:errors.required"]);
    // Every problem at once: the rule across fields runs even when a field failed.
    expect(messages(referSchema.safeParse({ wishId: ID, expectedVersion: "0", referralDueAt: "" }))).toEqual([
      "referralDueAt:errors.required",
      "referralOrgId:errors.referralTarget",
    ]);
    expect(
      messages(
        referSchema.safeParse({
          wishId: ID,
          expectedVersion: "0",
          referralDepartment: "城建办",
          referralDueAt: "2099-02-30",
        }),
      ),
    ).toEqual(["referralDueAt:errors.invalidDate"]);
    expect(
      messages(
        referSchema.safeParse({
          wishId: ID,
          expectedVersion: "0",
          referralDepartment: "城建办",
          referralDueAt: "2001-01-01",
        }),
      ),
    ).toEqual(["referralDueAt:errors.dueInPast"]);
    const ok = referSchema.parse({ wishId: ID, expectedVersion: "0", referralOrgId: ID, referralDueAt: "2099-01-01" });
    expect(ok.referralDueAt.toISOString()).toBe("2099-01-01T15:59:59.999Z");
  });

  it("escalate to an item, or to a new item with meeting and topic", () => {
    expect(escalateSchema.parse({ wishId: ID, expectedVersion: "0", councilItemId: ID }).councilItemId).toBe(ID);
    expect(
      escalateSchema.safeParse({ wishId: ID, expectedVersion: "0", meetingId: ID, topic: "楼道充电" }).success,
    ).toBe(true);
    expect(messages(escalateSchema.safeParse({ wishId: ID, expectedVersion: "0" }))).toEqual([
      "councilItemId:errors.councilTarget",
    ]);
    expect(
      messages(escalateSchema.safeParse({ wishId: ID, expectedVersion: "0", councilItemId: "new", meetingId: ID })),
    ).toEqual(["topic:errors.required"]);
  });

  it("require a reason to reopen, a code to merge and a note to note", () => {
    expect(messages(REOPEN.schema.safeParse({ wishId: ID, expectedVersion: "1" }))).toEqual([
      "internalNote:errors.required",
    ]);
    expect(messages(MARK_DUPLICATE.schema.safeParse({ wishId: ID, expectedVersion: "1", originalCode: "" }))).toEqual([
      "originalCode:errors.required",
    ]);
    expect(ADD_NOTE.schema.safeParse({ wishId: ID, expectedVersion: "1", internalNote: "x" }).success).toBe(true);
  });

  it("need spoken consent for contact details on site", () => {
    const base = { kind: "WISH", category: "OTHER", content: "路灯坏了", idempotencyKey: ID };
    expect(messages(enterOnSiteSchema.safeParse({ ...base, phone: "139 0000 5678" }))).toEqual([
      "consent:errors.consent",
    ]);
    expect(messages(enterOnSiteSchema.safeParse({ ...base, category: "", phone: "139 0000 5678" }))).toEqual([
      "category:errors.required",
      "consent:errors.consent",
    ]);
    expect(enterOnSiteSchema.parse({ ...base, phone: "+86 139 0000 5678", consent: "on" }).phone).toBe("13900005678");
    expect(messages(enterOnSiteSchema.safeParse({ ...base, phone: "12345", consent: "on" }))).toEqual([
      "phone:errors.phone",
    ]);
    expect(enterOnSiteSchema.parse({ ...base, publicReply: "" }).publicReply).toBeUndefined();
  });

  it("take the resident's consent to SMS on its own, and only with a phone to send to", () => {
    const base = { kind: "WISH", category: "OTHER", content: "路灯坏了", idempotencyKey: ID };
    expect(enterOnSiteSchema.parse({ ...base, phone: "13900005678", consent: "on" }).messages).toBe(false);
    expect(enterOnSiteSchema.parse({ ...base, phone: "13900005678", consent: "on", messages: "on" }).messages).toBe(
      true,
    );
    expect(messages(enterOnSiteSchema.safeParse({ ...base, messages: "on" }))).toEqual([
      "messages:errors.messagesNeedPhone",
    ]);
  });

  it("turn a date into the end of that day in Shenzhen", () => {
    expect(shanghaiEndOfDay("2026-12-01")?.toISOString()).toBe("2026-12-01T15:59:59.999Z");
    expect(shanghaiEndOfDay("2026-13-01")).toBeNull();
  });
});

describe("inbox filter", () => {
  it("drops unknown values and keeps the rest, case-insensitively", () => {
    const f = parseInboxFilter({
      state: "Settled",
      kind: "bogus",
      category: "elderly_care",
      marketDay: "not-a-uuid",
      overdue: "1",
      reply: "maybe",
      q: ["  理发 ", "x"],
    });
    expect(f).toMatchObject({ state: "SETTLED", category: "ELDERLY_CARE", overdue: true, q: "理发" });
    expect(f.kind).toBeUndefined();
    expect(f.marketDay).toBeUndefined();
    expect(f.reply).toBeUndefined();
  });

  it("round-trips an opaque cursor and rejects a forged one", () => {
    const c = { rank: 1, at: 1_685_171_820_000, id: ID };
    const encoded = encodeInboxCursor(c);
    expect(encoded).not.toContain(ID);
    expect(decodeInboxCursor(encoded)).toEqual(c);
    expect(decodeInboxCursor(Buffer.from("1.'; DROP TABLE").toString("base64url"))).toBeNull();
    // A cursor from before the urgency order goes on among the rest.
    expect(decodeInboxCursor(Buffer.from(`1685171820000.${ID}`).toString("base64url"))).toEqual({ ...c, rank: 2 });
    expect(inboxSearch(parseInboxFilter({ state: "referred" }), c)).toBe(`state=referred&cursor=${encoded}`);
  });

  it("never keeps a phone number as a search", () => {
    expect(parseInboxFilter({ q: "138 1234 5678" }).q).toBeUndefined();
    expect(parseInboxFilter({ q: "3栋2单元" }).q).toBe("3栋2单元");
    // Searched as typed, so text copied from a wish (full-width comma) still matches…
    expect(parseInboxFilter({ q: "路灯不亮，晚上" }).q).toBe("路灯不亮，晚上");
    // …while a phone typed with full-width digits is still dropped.
    expect(parseInboxFilter({ q: "１３８１２３４５６７８" }).q).toBeUndefined();
  });

  it("escapes LIKE wildcards", () => {
    expect(likeContains("100%_")).toBe("%100\\%\\_%");
  });
});
