// The council and staff forms' schemas: dates typed in Shanghai time, and every
// message a key the forms can translate once the action adds its namespace.
import { describe, expect, it } from "vitest";
import { decisionSchema, meetingSchema, meetingUpdateSchema } from "@/lib/council/meeting-schema";
import { fieldErrorsFromZod } from "@/lib/forms/zod-errors";
import { createStaffSchema, resetPasswordSchema } from "@/lib/staff/staff-schemas";
import { shanghaiDay, shanghaiTime } from "@/lib/time/shanghai";
import zhCouncil from "@/lib/i18n/messages/zh-CN/adminCouncil.json";
import zhStaff from "@/lib/i18n/messages/zh-CN/adminStaff.json";

const scheduledAt = (value: string) => meetingSchema.safeParse({ title: "t", place: "p", scheduledAt: value });

/** Every key resolves in the namespace's Chinese messages. */
function expectKnown(keys: string[], namespace: string, messages: object) {
  for (const key of keys) {
    expect(key.startsWith(`${namespace}.`), key).toBe(true);
    const value = key
      .slice(namespace.length + 1)
      .split(".")
      .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], messages);
    expect(typeof value, key).toBe("string");
  }
}

describe("meeting dates", () => {
  it("round-trips the datetime-local value in Shanghai time", () => {
    const date = scheduledAt("2023-06-16T15:00").data?.scheduledAt;
    expect(date?.toISOString()).toBe("2023-06-16T07:00:00.000Z");
    // What the edit form shows again (app/…/admin/council/[id]/page.tsx).
    expect(`${shanghaiDay(date!)}T${shanghaiTime(date!)}`).toBe("2023-06-16T15:00");
  });

  it("refuses what is not a real date and time with its own message", () => {
    for (const value of ["2023-06-16 15:00", "2023-02-30T10:00", "2023-06-16T24:30", ""]) {
      const parsed = scheduledAt(value);
      expect(parsed.success, value).toBe(false);
      expect(fieldErrorsFromZod(parsed.error!, "adminCouncil").scheduledAt, value).toEqual([
        "adminCouncil.errors.dateInvalid",
      ]);
    }
  });
});

describe("message keys", () => {
  it("the council schemas' keys exist", () => {
    const meeting = meetingUpdateSchema.safeParse({
      meetingId: "x",
      title: "",
      place: "x".repeat(201),
      status: "LATER",
      minutes: "x".repeat(20001),
    });
    const decision = decisionSchema.safeParse({ itemId: "x", decision: " ", dueOn: "2001-01-01" });
    const future = meetingUpdateSchema.safeParse({
      meetingId: "00000000-0000-4000-8000-000000000000",
      title: "t",
      place: "p",
      scheduledAt: "2099-01-01T10:00",
      status: "HELD",
    });
    const errors = {
      ...fieldErrorsFromZod(meeting.error!, "adminCouncil"),
      ...fieldErrorsFromZod(decision.error!, "adminCouncil"),
    };
    expect(Object.keys(errors).sort()).toEqual([
      "decision",
      "dueOn",
      "itemId",
      "meetingId",
      "minutes",
      "place",
      "scheduledAt",
      "status",
      "title",
    ]);
    // Ids are checked before parsing (the action's record lookup); their zod text becomes the generic "invalid".
    expect(errors.meetingId).toEqual(["forms.errors.invalid"]);
    const { meetingId: _m, itemId: _i, ...own } = errors;
    expectKnown(Object.values(own).flat(), "adminCouncil", zhCouncil);
    const held = fieldErrorsFromZod(future.error!, "adminCouncil").status ?? [];
    expect(held).toEqual(["adminCouncil.errors.heldInFuture"]);
    expectKnown(
      [...held, "adminCouncil.errors.dueRequired", "adminCouncil.errors.meetingNotHeld"],
      "adminCouncil",
      zhCouncil,
    );
  });

  it("the staff schemas' keys exist", () => {
    const created = createStaffSchema.safeParse({ username: "A b", displayName: "", role: "", password: "short" });
    const reset = resetPasswordSchema.safeParse({
      userId: "00000000-0000-4000-8000-000000000000",
      password: "x".repeat(129),
    });
    const errors = fieldErrorsFromZod(created.error!, "adminStaff");
    expect(Object.keys(errors).sort()).toEqual(["displayName", "password", "role", "username"]);
    expectKnown(
      [...Object.values(errors).flat(), ...fieldErrorsFromZod(reset.error!, "adminStaff").password!],
      "adminStaff",
      zhStaff,
    );
  });
});
