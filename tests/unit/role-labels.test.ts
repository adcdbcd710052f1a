// Every role has its words wherever a role is shown: the dashboard header and the
// staff page. A new role (UNIT, issue 14) once showed its raw key in the header.
import { describe, expect, it } from "vitest";
import { StaffRole } from "@/lib/db/generated/enums";
import zhAuth from "@/lib/i18n/messages/zh-CN/adminAuth.json";
import enAuth from "@/lib/i18n/messages/en/adminAuth.json";
import zhStaff from "@/lib/i18n/messages/zh-CN/adminStaff.json";
import enStaff from "@/lib/i18n/messages/en/adminStaff.json";

describe("role labels", () => {
  for (const role of Object.values(StaffRole)) {
    it(`${role} has a label in the header and on the staff page, in both languages`, () => {
      for (const roles of [zhAuth.header.roles, enAuth.header.roles, zhStaff.roles, enStaff.roles])
        expect((roles as Record<string, string>)[role], role).toBeTruthy();
    });
  }
});
