// The small shared rules: reading a form, zod issues as keys, Shanghai time,
// locale-aware paths and phone numbers.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues, listValue, readForm } from "@/lib/forms/read-form";
import { fieldErrorsFromZod } from "@/lib/forms/zod-errors";
import { localePath } from "@/lib/i18n/paths";
import { digitsOnly, isMainlandMobile, normalizePhone } from "@/lib/phone";
import {
  shanghaiDay,
  shanghaiEndOfDay,
  shanghaiInstant,
  shanghaiLocalInstant,
  shanghaiTime,
  toShanghaiIso,
} from "@/lib/time/shanghai";

describe("readForm and formValues", () => {
  it("makes arrays of repeated keys, drops React's own keys and files, and joins lists for the form", () => {
    const data = new FormData();
    data.append("audiences", "ELDERLY");
    data.append("audiences", "CHILDREN");
    data.append("title", "市集");
    data.append("$ACTION_ID_abc", "");
    data.append("photo", new Blob(["x"]));
    const input = readForm(data);
    expect(input).toEqual({ audiences: ["ELDERLY", "CHILDREN"], title: "市集" });
    const values = formValues(input, ["title"]);
    expect(values).toEqual({ audiences: "ELDERLY\nCHILDREN" });
    expect(listValue(values, "audiences")).toEqual(["ELDERLY", "CHILDREN"]);
    expect(listValue(values, "none")).toEqual([]);
  });
});

describe("fieldErrorsFromZod", () => {
  it("prefixes key messages with the namespace and hides zod's own English text", () => {
    const schema = z.object({ a: z.string().min(2, "tooShort"), b: z.number() });
    const result = schema.safeParse({ a: "x", b: "nope" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsFromZod(result.error, "adminContent.errors")).toEqual({
      a: ["adminContent.errors.tooShort"],
      b: ["forms.errors.invalid"],
    });
  });
});

describe("Shanghai time", () => {
  it("reads wall-clock input as UTC+8 and refuses dates that do not exist", () => {
    expect(shanghaiInstant("2023-05-27", "14:30")?.toISOString()).toBe("2023-05-27T06:30:00.000Z");
    expect(shanghaiInstant("2023-05-27")?.toISOString()).toBe("2023-05-26T16:00:00.000Z");
    expect(shanghaiInstant("2026-02-31", "10:00")).toBeNull();
    expect(shanghaiInstant("2026-02-01", "25:99")).toBeNull();
    expect(shanghaiLocalInstant("2026-12-01T09:30")?.toISOString()).toBe("2026-12-01T01:30:00.000Z");
    expect(shanghaiLocalInstant("garbage")).toBeNull();
    expect(shanghaiEndOfDay("2026-12-01")?.toISOString()).toBe("2026-12-01T15:59:59.999Z");
  });

  it("shows an instant as Shanghai day and time whatever the server's zone", () => {
    const late = new Date("2023-05-27T17:30:00Z");
    expect(shanghaiDay(late)).toBe("2023-05-28");
    expect(shanghaiTime(late)).toBe("01:30");
    expect(toShanghaiIso(late)).toBe("2023-05-28T01:30:00+08:00");
  });
});

describe("localePath", () => {
  it("prefixes English pages only", () => {
    expect(localePath("en", "/admin/wishes")).toBe("/en/admin/wishes");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("zh-CN", "/admin/wishes")).toBe("/admin/wishes");
  });
});

describe("phone numbers", () => {
  it("normalises what residents type", () => {
    expect(normalizePhone("+86 138-1234 5678")).toBe("13812345678");
    expect(normalizePhone("１３８１２３４５６７８")).toBe("13812345678");
    expect(isMainlandMobile("13812345678")).toBe(true);
    expect(isMainlandMobile("12812345678")).toBe(false);
    expect(digitsOnly(" ５６-78 ")).toBe("5678");
  });
});
