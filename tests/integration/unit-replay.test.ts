// Issue 14, "done when": the seed's market day replayed through its units. Each
// of the 12 wishes the market day referred on is entered again, referred by staff
// to the unit that had it (the five named subdistrict offices become units with
// a duty address), and answered BY THE UNIT through its page's own Server Action
// (/u/<token>) with the answer it gave in 2023. The unit report then shows each
// unit's figures, and the seed's own history counts under its units too.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { WISHES_REFERRED } from "@/lib/seed/data/wishes-referred";
import { ORGANIZATIONS } from "@/lib/seed/data/community-and-organizations";
import { signMessageLink } from "@/lib/notifications/messages/message-link";
import { queryUnitFigures } from "@/lib/reports/unit-figures";
import { enterWishOnSite } from "@/lib/wishes/enter-wish-on-site";
import { referWish } from "@/lib/wishes/refer-wish";
import { enterOnSiteSchema } from "@/lib/wishes/triage-schemas";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.9" })),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;
const { unitLinkStepAction } = await import("@/app/[locale]/[display]/u/[token]/actions");

let staff: Actor;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(prisma, "staff");
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe("the seed's market day, replayed through its units", () => {
  it("answers all 12 referred wishes through the unit page, and reports each unit's figures", async () => {
    expect(WISHES_REFERRED).toHaveLength(12);
    const orgIdOf = new Map<string, string>();
    for (const [key, org] of Object.entries(ORGANIZATIONS)) {
      const row = await prisma.organization.findFirstOrThrow({
        where: { communityId: staff.communityId, name: org.name },
        select: { id: true },
      });
      orgIdOf.set(key, row.id);
    }
    const unitFor = async (to: { org: string } | { department: string }) => {
      if ("org" in to) return orgIdOf.get(to.org)!;
      const found = await prisma.organization.findFirst({
        where: { communityId: staff.communityId, name: to.department },
      });
      if (found) return found.id;
      const made = await prisma.organization.create({
        data: {
          communityId: staff.communityId,
          name: to.department,
          type: "GOVERNMENT_DEPARTMENT",
          contactEmail: `duty-${orgIdOf.size}@yuanling.example.cn`,
        },
      });
      orgIdOf.set(to.department, made.id);
      return made.id;
    };

    const start = new Date();
    const units = new Set<string>();
    for (const seed of WISHES_REFERRED) {
      const refer = seed.steps.find((s) => s.action === "REFER");
      if (refer?.action !== "REFER") throw new Error(`${seed.ref}: no referral`);
      // The unit's answer in 2023: its recorded outcome, or else the reply that settled it.
      const answer =
        seed.steps.flatMap((s) => (s.action === "RECORD_REFERRAL_OUTCOME" ? [s.outcome] : []))[0] ??
        seed.steps.flatMap((s) => (s.action === "SETTLE" ? [s.reply] : []))[0] ??
        "已办理。";
      const orgId = await unitFor(refer.to);
      units.add(orgId);
      const entered = await enterWishOnSite(
        staff,
        enterOnSiteSchema.parse({
          kind: seed.kind,
          category: seed.category,
          content: seed.content,
          idempotencyKey: crypto.randomUUID(),
        }),
      );
      await referWish(staff, {
        wishId: entered.id,
        expectedVersion: 0,
        referralOrgId: orgId,
        referralDueAt: new Date(Date.now() + 5 * 86_400_000),
      });
      const referral = await prisma.referral.findFirstOrThrow({ where: { wishId: entered.id, status: "SENT" } });
      const token = signMessageLink("unit", referral.id, new Date());
      const version = async () => String((await prisma.wish.findUniqueOrThrow({ where: { id: entered.id } })).version);

      const accepted = await unitLinkStepAction(
        { status: "idle" },
        form({ token, step: "ACCEPT_REFERRAL", expectedVersion: await version() }),
      );
      expect(accepted.status).toBe("ok");
      const answered = await unitLinkStepAction(
        { status: "idle" },
        form({ token, step: "ANSWER_REFERRAL", expectedVersion: await version(), publicReply: answer }),
      );
      expect(answered).toMatchObject({ status: "ok", message: "referrals.done.ANSWER_REFERRAL" });
      const wish = await prisma.wish.findUniqueOrThrow({ where: { id: entered.id } });
      expect(wish).toMatchObject({ status: "SETTLED", publicReply: answer });
    }

    const figures = await queryUnitFigures({ communityId: staff.communityId, start });
    expect(figures.map((f) => f.organizationId).sort()).toEqual([...units].sort());
    expect(figures.reduce((n, f) => n + f.received, 0)).toBe(12);
    for (const f of figures) {
      expect(f.accepted).toBe(f.received);
      expect(f.answered).toBe(f.received);
      expect(f.answeredOnTime).toBe(f.received);
      expect(f.returned).toBe(0);
      expect(f.overdue).toBe(0);
      expect(f.medianHoursToAnswer).not.toBeNull();
    }
    // The property office had three of them at the 2023 market day.
    const property = figures.find((f) => f.organizationId === orgIdOf.get("propertyOffice"));
    expect(property?.received).toBe(3);
  });

  it("counts the seed's own 2023 history under its units", async () => {
    const figures = await queryUnitFigures({ communityId: staff.communityId, end: new Date("2024-01-01T00:00:00Z") });
    // 7 of the 12 went to partner organisations; 5 to named offices that were not units then.
    expect(figures.reduce((n, f) => n + f.received, 0)).toBe(7);
    expect(figures.every((f) => f.answered === f.received)).toBe(true);
  });
});
