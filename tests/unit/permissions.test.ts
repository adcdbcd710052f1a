import { describe, expect, it } from "vitest";
import { ACTIONS, assertCan, AuthorizationError, can, ROLE_PERMISSIONS, type Action } from "@/lib/auth/permissions";

// Written out by hand, independently of the table: a change to who may do what
// must change this test too.
const EXPECTED: Record<"ADMIN" | "STAFF" | "SECRETARY" | "UNIT" | "SUBDISTRICT", Action[]> = {
  // Everything but a unit's own work (staff never answer in a unit's name) and
  // the subdistrict's view across communities.
  ADMIN: ACTIONS.filter((a) => a !== "referral.work" && a !== "subdistrict.view" && a !== "subdistrict.refer"),
  STAFF: [
    "wish.view",
    "wish.create",
    "wish.triage",
    "wish.revealContact",
    "wish.findByPhone",
    "wish.editContact",
    "wish.followUp",
    "wall.moderate",
    "report.view",
    "report.export",
    "account.manage",
    "notification.manage",
  ],
  SECRETARY: ["wish.view", "council.manage", "report.view", "account.manage"],
  // A receiving unit's account: its referrals and its own password, nothing else.
  UNIT: ["referral.work", "account.manage"],
  // The subdistrict office: reads, compares and refers to its own units; triages nothing.
  SUBDISTRICT: ["wish.view", "subdistrict.view", "subdistrict.refer", "account.manage"],
};

describe("permissions", () => {
  for (const role of ["ADMIN", "STAFF", "SECRETARY", "UNIT", "SUBDISTRICT"] as const) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
        const actor = { id: "a", role, communityId: "c1" };
        if (allowed) expect(() => assertCan(actor, action, { communityId: "c1" })).not.toThrow();
        else expect(() => assertCan(actor, action)).toThrow(AuthorizationError);
      });
    }
  }

  it("every role's list only names known actions", () => {
    for (const list of Object.values(ROLE_PERMISSIONS)) for (const a of list) expect(ACTIONS).toContain(a);
  });

  it("confines an admin who must enrol a second factor to their own account", () => {
    const admin = { id: "a", role: "ADMIN" as const, communityId: "c1", mfaEnrolmentRequired: true };
    expect(() => assertCan(admin, "account.manage")).not.toThrow();
    for (const action of EXPECTED.ADMIN.filter((a) => a !== "account.manage"))
      expect(() => assertCan(admin, action), action).toThrow(
        expect.objectContaining({ status: 403, code: "forms.errors.mfaEnrolmentRequired" }),
      );
  });

  it("refuses anonymous callers with 401 and other communities with 403", () => {
    expect(() => assertCan(null, "wish.view")).toThrow(expect.objectContaining({ status: 401 }));
    const admin = { id: "a", role: "ADMIN" as const, communityId: "c1" };
    expect(() => assertCan(admin, "wish.view", { communityId: "c2" })).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });
});
