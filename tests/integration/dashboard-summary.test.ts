// The dashboard home's figures agree with the wishes themselves (and with the
// inbox's overdue rule), and count only the actor's community.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { dashboardSummary } from "@/lib/wishes/dashboard-summary";
import { OPEN_WISH_STATUSES } from "@/lib/wishes/lifecycle";
import { isWishOverdue } from "@/lib/wishes/overdue";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

useThrowAwayKeys();

const testDb = await useTestDatabase();

let staff: Actor;
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(testDb.prisma, "staff");
});

describe("dashboardSummary", () => {
  it("matches counts computed from the rows, at several instants", async () => {
    const wishes = await testDb.prisma.wish.findMany({
      where: { communityId: staff.communityId },
      select: { status: true, replyDueAt: true, firstReplyAt: true, referralDueAt: true },
    });
    const open = wishes.filter((w) => (OPEN_WISH_STATUSES as readonly string[]).includes(w.status));
    expect(open.length).toBeGreaterThan(0);
    for (const now of [new Date("2023-01-01T00:00:00Z"), new Date(), new Date("2099-01-01T00:00:00Z")]) {
      const summary = await dashboardSummary(staff, now);
      expect(summary).toEqual({
        open: open.length,
        submitted: wishes.filter((w) => w.status === "SUBMITTED").length,
        overdue: wishes.filter((w) => isWishOverdue(w, now)).length,
        overdueReferrals: wishes.filter(
          (w) => w.status === "REFERRED" && w.referralDueAt !== null && w.referralDueAt < now,
        ).length,
        reopened: wishes.filter((w) => w.status === "REOPENED").length,
        escalated: wishes.filter((w) => w.status === "ESCALATED").length,
      });
    }
    // Far in the future every referred wish with a due date is overdue.
    expect((await dashboardSummary(staff, new Date("2099-01-01T00:00:00Z"))).overdue).toBeGreaterThan(0);
  });

  it("counts nothing of another community and needs a signed-in actor", async () => {
    const other = await testDb.prisma.community.create({ data: { slug: "summary-other", name: "另一个社区" } });
    expect(await dashboardSummary({ ...staff, communityId: other.id })).toEqual({
      open: 0,
      submitted: 0,
      overdue: 0,
      overdueReferrals: 0,
      reopened: 0,
      escalated: 0,
    });
    await expect(dashboardSummary(null)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
