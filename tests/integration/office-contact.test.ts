// The community office's contact settings: staff with content rights change the
// phone and hours residents see on the tracking page; the page's cache expires;
// a malformed phone is a field error that keeps what was typed; others are refused.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getOfficeContact } from "@/lib/community-office/queries";
import { revalidatedTags } from "../helpers/next-cache";
import { seededActor } from "../helpers/seeded-actor";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { useTestDatabase } from "../helpers/use-test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers()),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
const { updateOfficeContactAction } = await import("@/app/[locale]/[display]/admin/content/office/actions");

let admin: Actor;
let staff: Actor;

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  [admin, staff] = await Promise.all([seededActor(testDb.prisma, "admin"), seededActor(testDb.prisma, "staff")]);
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const save = (who: Actor | null, fields: Record<string, string>) => {
  session.actor = who;
  return updateOfficeContactAction({ status: "idle" }, form({ locale: "zh-CN", ...fields }));
};

describe("office contact settings", () => {
  it("saves the phone and hours, expires the tracking page's copy, and residents read them", async () => {
    revalidatedTags.length = 0;
    const state = await save(admin, {
      officePhone: " (0755) 2660 1234 ",
      officeHours: "周一至周六 8:30–12:00",
      officeHoursEn: "Mon–Sat 8:30–12:00",
    });
    expect(state).toMatchObject({ status: "ok", message: "adminContent.common.saved" });
    expect(revalidatedTags).toContain("community");
    expect(await getOfficeContact("zh-CN")).toEqual({ phone: "(0755) 2660 1234", hours: "周一至周六 8:30–12:00" });
    expect(await getOfficeContact("en")).toEqual({ phone: "(0755) 2660 1234", hours: "Mon–Sat 8:30–12:00" });
  });

  it("refuses a phone that is not one, next to the field, keeping what was typed", async () => {
    const state = await save(admin, { officePhone: "call us", officeHours: "全天" });
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { officePhone: ["adminContent.errors.phoneFormat"] },
      values: { officePhone: "call us", officeHours: "全天" },
    });
    expect((await getOfficeContact("zh-CN"))?.phone).toBe("(0755) 2660 1234");
  });

  it("an empty phone clears it: the page then asks residents to come to the office", async () => {
    expect(await save(admin, { officePhone: "", officeHours: "" })).toMatchObject({ status: "ok" });
    expect(await getOfficeContact("zh-CN")).toBeNull();
  });

  it("is refused to staff without content rights and to the signed out", async () => {
    expect(await save(staff, { officePhone: "0755-8300 0001" })).toMatchObject({ formError: "forms.errors.forbidden" });
    expect(await save(null, { officePhone: "0755-8300 0001" })).toMatchObject({ formError: "forms.errors.signedOut" });
    expect(await getOfficeContact("zh-CN")).toBeNull();
  });
});
