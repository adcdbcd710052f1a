// The per-action descriptions of the wish page's forms (lib/wishes/triage-forms.ts)
// against the transition table: every action staff take has a form or a stated
// place elsewhere, every form is for an action staff may take, every text a form
// needs exists in both languages, and the one triage action's input reads the
// action's name before anything else.
import { describe, expect, it } from "vitest";
import { WishAction } from "@/lib/db/generated/enums";
import { loadMessages } from "@/lib/i18n/messages";
import { canActorTake, WISH_TRANSITIONS } from "@/lib/wishes/lifecycle";
import {
  isTriageFormAction,
  TAKEN_ELSEWHERE,
  TRIAGE_FORMS,
  triageInputSchema,
  triageText,
} from "@/lib/wishes/triage-forms";

const ID = "0192f0e4-1111-7000-8000-000000000001";
const staffActions = Object.values(WishAction).filter((a) => canActorTake(a, "STAFF"));
const described = Object.keys(TRIAGE_FORMS);
const elsewhere = Object.keys(TAKEN_ELSEWHERE);

function lookup(messages: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), messages);
}

describe("triage form descriptions", () => {
  it("describe a form for every action staff take from the wish page, and for nothing else", () => {
    expect(staffActions.length).toBeGreaterThan(5);
    for (const action of staffActions) {
      const places = [described.includes(action), elsewhere.includes(action)].filter(Boolean);
      expect(places, `${action}: a form in TRIAGE_FORMS or a line in TAKEN_ELSEWHERE, not both`).toHaveLength(1);
    }
    for (const action of [...described, ...elsewhere]) {
      expect(action in WISH_TRANSITIONS, `${action} is not in the transition table`).toBe(true);
      expect(canActorTake(action as WishAction, "STAFF"), `${action}: staff may not take it`).toBe(true);
    }
    expect(described.filter((a) => !isTriageFormAction(a))).toEqual([]);
  });

  it("give every form its fields, and every field a kind and a limit where it takes text", () => {
    for (const [action, form] of Object.entries(TRIAGE_FORMS)) {
      const fields = Object.entries(form.fields);
      expect(fields.length, action).toBeGreaterThan(0);
      for (const [name, ui] of fields) {
        expect(["wishId", "expectedVersion", "action"], `${action}.${name} is set by the page`).not.toContain(name);
        if (ui.control === "text" || ui.control === "textarea")
          expect(ui.maxLength, `${action}.${name}`).toBeGreaterThan(0);
        if (ui.control === "select") expect(ui.choices, `${action}.${name}`).toBeDefined();
      }
    }
  });

  it("find every text they need in both languages", async () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = await loadMessages(locale);
      const missing: string[] = [];
      for (const [action, form] of Object.entries(TRIAGE_FORMS)) {
        if (!isTriageFormAction(action)) continue;
        const keys = Object.values(triageText(action));
        for (const [name, ui] of Object.entries(form.fields)) {
          keys.push(`adminWishes.form.${name}`);
          if (ui.hint) keys.push(`adminWishes.form.${name}Hint`);
        }
        missing.push(...keys.filter((key) => typeof lookup(messages, key) !== "string"));
      }
      expect(missing, locale).toEqual([]);
    }
  });
});

describe("the triage action's input", () => {
  const issues = (input: Record<string, string>) => {
    const result = triageInputSchema.safeParse(input);
    return result.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
  };

  it("takes only an action the wish page has a form for, as a problem of the whole form", () => {
    for (const action of ["", "DROP TABLE", "RATE", "SUBMIT", "RECORD_COUNCIL_DECISION", "toString"]) {
      expect(issues({ wishAction: action, wishId: ID, expectedVersion: "0", internalNote: "x" }), action).toEqual([
        ":errors.unknownAction",
      ]);
    }
  });

  it("parses the rest with that action's own schema, issues on its fields", () => {
    expect(issues({ wishAction: "SETTLE", wishId: ID, expectedVersion: "0", publicReply: " " })).toEqual([
      "publicReply:errors.required",
    ]);
    expect(issues({ wishAction: "REFER", wishId: ID, expectedVersion: "0", referralDueAt: "2099-01-01" })).toEqual([
      "referralOrgId:errors.referralTarget",
    ]);
    const ok = triageInputSchema.parse({
      wishAction: "ADD_NOTE",
      wishId: ID,
      expectedVersion: "2",
      internalNote: " 已约电工 ",
      locale: "zh-CN",
    });
    expect(ok.action).toBe("ADD_NOTE");
    expect(typeof ok.run).toBe("function");
  });
});
