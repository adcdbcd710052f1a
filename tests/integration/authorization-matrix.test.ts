// The authorisation matrix: every dashboard Server Action and route handler ×
// (anonymous, another community's staff and admin, staff, secretary, admin) →
// 401, 403 or allowed, with the expectation derived from ROLE_PERMISSIONS.
//
// How: the actions are called for real (real database, real services); only the
// session is replaced, by mocking getActor() (cookies and next-auth are not
// available outside a request), and next/headers for the client IP. Each row
// brings a VALID form aimed at a record of the seeded community, so the call
// reaches the authorisation checks (a form that fails validation first would
// prove nothing) and, for another community's admin, the record-level check.
//
// The suite FAILS when a discovered action, route or page has no row here:
// a new action cannot ship without a decision about who may call it.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Action, Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import {
  discoverActionsAndRoutes,
  discoverAdminPages,
  functionTextWithHelpers,
  readSource,
  ROOT,
  wrappedActionConfig,
} from "../helpers/admin-surface";
import { MATRIX, PAGE_PERMISSIONS, type Fixtures } from "../helpers/authorization-matrix-table";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

const session = vi.hoisted(() => ({ actor: null as (Actor & { username: string; displayName: string }) | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.7" })),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

// Client IPs are keyed hashes and exports may decrypt contact data: keys first.
useThrowAwayKeys();

const testDb = await useTestDatabase();
const prisma = testDb.prisma;

type ActorKey =
  | "anonymous"
  | "otherStaff"
  | "otherAdmin"
  | "otherUnit"
  | "otherSubdistrict"
  | "secretary"
  | "unit"
  | "subdistrict"
  | "staff"
  | "admin";
// Denials first: the allowed calls write, and must not change what later denials meet.
// unit: a receiving unit's account (issue 14) of the matrix's organisation; otherUnit:
// one of another community, which must be refused that organisation's referral.
// subdistrict: the seeded Yuanling account (issue 14 §4), home Yuandong;
// otherSubdistrict: one of another subdistrict, home the other community.
const ACTOR_ORDER: ActorKey[] = [
  "anonymous",
  "otherStaff",
  "otherAdmin",
  "otherUnit",
  "otherSubdistrict",
  "secretary",
  "unit",
  "subdistrict",
  "staff",
  "admin",
];
const actors = {} as Record<ActorKey, Actor | null>;
const fixtures = {} as Fixtures;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  const users = await prisma.staffUser.findMany({
    select: { id: true, role: true, communityId: true, username: true, subdistrictId: true },
  });
  const user = (username: string) => {
    const u = users.find((x) => x.username === username);
    if (!u) throw new Error(username);
    return { id: u.id, role: u.role, communityId: u.communityId, subdistrictId: u.subdistrictId };
  };
  const communityId = user("admin").communityId;
  const other = await prisma.community.create({ data: { slug: "matrix-other", name: "另一个社区" } });
  actors.anonymous = null;
  actors.admin = user("admin");
  actors.staff = user("staff");
  actors.secretary = user("secretary");
  actors.subdistrict = user("yuanling");
  const otherSubdistrict = await prisma.subdistrict.create({ data: { slug: "matrix-sub", name: "另一个街道" } });
  await prisma.community.update({ where: { id: other.id }, data: { subdistrictId: otherSubdistrict.id } });
  const otherSubdistrictUser = await prisma.staffUser.create({
    data: {
      communityId: other.id,
      subdistrictId: otherSubdistrict.id,
      username: `matrix-sub-${randomUUID().slice(0, 8)}`,
      displayName: "另一街道",
      passwordHash: "x",
      role: "SUBDISTRICT",
    },
  });
  actors.otherSubdistrict = {
    id: otherSubdistrictUser.id,
    role: otherSubdistrictUser.role,
    communityId: other.id,
    subdistrictId: otherSubdistrict.id,
  };
  // Real accounts of the other community: a signed-in actor always has a row.
  const otherUser = async (role: "ADMIN" | "STAFF") => {
    const u = await prisma.staffUser.create({
      data: {
        communityId: other.id,
        username: `matrix-${role.toLowerCase()}-${randomUUID().slice(0, 8)}`,
        displayName: "另一社区",
        passwordHash: "x",
        role,
      },
    });
    return { id: u.id, role: u.role, communityId: u.communityId };
  };
  actors.otherAdmin = await otherUser("ADMIN");
  actors.otherStaff = await otherUser("STAFF");

  // Targets of this community that allowed calls may change without harm.
  const org = await prisma.organization.create({ data: { communityId, name: "矩阵测试单位", type: "COMPANY" } });
  const day = await prisma.marketDay.create({
    data: {
      communityId,
      slug: "matrix-target-day",
      title: "矩阵测试市集",
      theme: "测试",
      startsAt: new Date("2027-03-06T06:30:00Z"),
      endsAt: new Date("2027-03-06T09:30:00Z"),
      place: "测试地点",
    },
  });
  const stall = await prisma.stall.create({
    data: {
      communityId,
      marketDayId: day.id,
      key: "matrix-stall",
      number: 1,
      name: "矩阵摊位",
      category: "SAFETY",
      services: ["测试"],
    },
  });
  const meeting = await prisma.councilMeeting.findFirstOrThrow({ where: { communityId } });
  const item = await prisma.councilItem.findFirstOrThrow({ where: { meetingId: meeting.id } });
  // Wishes can only be escalated to an open item of a planned meeting.
  const planned = await prisma.councilMeeting.create({
    data: { communityId, title: "矩阵议事会", scheduledAt: new Date("2027-06-01T07:00:00Z"), place: "会议室" },
  });
  const openItem = await prisma.councilItem.create({ data: { meetingId: planned.id, topic: "矩阵议题" } });
  const target = await prisma.staffUser.create({
    data: { communityId, username: "matrix-target", displayName: "测试账号", role: "STAFF", passwordHash: "x" },
  });
  const synonym = await prisma.searchSynonym.create({
    data: { communityId, term: "矩阵测试说法", expandsTo: ["测试"] },
  });
  const deadlineTarget = await prisma.deadlineTarget.create({
    data: { communityId, kind: "*", category: "LEGAL", firstReplyDays: 1, unitAnswerDays: 5, settlementDays: 15 },
  });
  await prisma.workingDayOverride.create({ data: { day: "2099-10-02", working: true, name: "矩阵测试" } });
  const seededWish = await prisma.wish.findFirstOrThrow({ where: { communityId }, select: { trackingCode: true } });
  const wish = await prisma.wish.create({
    data: {
      communityId,
      trackingCode: "MATRIX0TEST0",
      kind: "WISH",
      category: "OTHER",
      content: "矩阵测试：楼道灯坏了",
      // Public, so that moderating it is a real decision, not "not public".
      isPublic: true,
      replyDueAt: new Date(Date.now() + 48 * 3_600_000),
      idempotencyKey: randomUUID(),
    },
  });
  // A fresh wish for the subdistrict's referral to a subdistrict-level unit (issue 14 §4).
  const acrossWish = await prisma.wish.create({
    data: {
      communityId,
      trackingCode: "MATRIX0ACROS",
      kind: "OPINION",
      category: "ENVIRONMENT_PROPERTY",
      content: "矩阵测试：街道转办",
      replyDueAt: new Date(Date.now() + 48 * 3_600_000),
      idempotencyKey: randomUUID(),
    },
  });
  const subdistrictOrg = await prisma.organization.findFirstOrThrow({
    where: { subdistrictId: { not: null }, contactEmail: { not: null } },
  });
  const notification = await prisma.notification.create({
    data: {
      wishId: wish.id,
      eventSequence: 0,
      kind: "RECEIPT",
      channel: "SMS",
      status: "DEAD",
      lastErrorCode: "matrix",
    },
  });
  // A referral to the matrix unit (issue 14), for the unit's own forms.
  const referredWish = await prisma.wish.create({
    data: {
      communityId,
      trackingCode: "MATRIX0REFER",
      kind: "WISH",
      category: "OTHER",
      content: "矩阵测试：转办",
      status: "REFERRED",
      referralOrgId: org.id,
      referralDueAt: new Date(Date.now() + 5 * 86_400_000),
      replyDueAt: new Date(Date.now() + 48 * 3_600_000),
      idempotencyKey: randomUUID(),
    },
  });
  const referral = await prisma.referral.create({
    data: {
      wishId: referredWish.id,
      communityId,
      organizationId: org.id,
      dueAt: new Date(Date.now() + 5 * 86_400_000),
    },
  });
  const unitAccount = async (community: string, organizationId: string) => {
    const u = await prisma.staffUser.create({
      data: {
        communityId: community,
        username: `matrix-unit-${randomUUID().slice(0, 8)}`,
        displayName: "承办单位",
        passwordHash: "x",
        role: "UNIT",
        organizationId,
      },
    });
    return { id: u.id, role: u.role, communityId: u.communityId, organizationId };
  };
  actors.unit = await unitAccount(communityId, org.id);
  const otherOrg = await prisma.organization.create({
    data: { communityId: other.id, name: "另一社区单位", type: "COMPANY" },
  });
  actors.otherUnit = await unitAccount(other.id, otherOrg.id);
  Object.assign(fixtures, {
    referralId: referral.id,
    organizationId: org.id,
    marketDayId: day.id,
    stallId: stall.id,
    meetingId: meeting.id,
    councilItemId: item.id,
    staffUserId: target.id,
    openCouncilItemId: openItem.id,
    wishId: wish.id,
    otherWishCode: seededWish.trackingCode,
    synonymId: synonym.id,
    deadlineTargetId: deadlineTarget.id,
    notificationId: notification.id,
    acrossWishId: acrossWish.id,
    subdistrictOrgId: subdistrictOrg.id,
  } satisfies Fixtures);
});

type Outcome = "401" | "403" | "notFound" | "allowed" | "failed" | `status ${number}` | `threw ${string}`;

function expected(permission: Action, actorKey: ActorKey, crossCommunity: "denied" | "ownCommunity"): Outcome {
  const actor = actors[actorKey];
  if (!actor) return "401";
  if (!can(actor.role, permission)) return "403";
  if (actorKey.startsWith("other") && crossCommunity === "denied") return "403";
  return "allowed";
}

/** What the caller would see: the state's error key, the response status, or the redirect. */
async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result instanceof Response) {
      await result.text();
      if (result.status === 401 || result.status === 403) return String(result.status) as "401" | "403";
      if (result.status === 404) return "notFound";
      return result.status >= 500 ? `status ${result.status}` : "allowed";
    }
    // House style: one state per action, with form-level problems as an i18n key in formError.
    const key =
      typeof result === "object" && result !== null ? String((result as { formError?: string }).formError ?? "") : "";
    if (/(^|\.)signedOut$/.test(key)) return "401";
    if (/(^|\.)forbidden$/.test(key)) return "403";
    if (/(^|\.)notFound$/.test(key)) return "notFound";
    // A record named in the form that is not the caller's to use, reported on its field.
    const fieldErrors = Object.values(
      (result as { fieldErrors?: Record<string, string[]> } | null)?.fieldErrors ?? {},
    ).flat();
    if (fieldErrors.some((k) => /(^|\.)\w*[nN]otFound$/.test(k))) return "notFound";
    // "Something broke" is not "allowed": it would hide a call that never got going.
    if (/(^|\.)(unavailable|failed)$/.test(key)) return "failed";
    return "allowed";
  } catch (error) {
    const { digest: raw } = error as { digest?: unknown };
    const digest = typeof raw === "string" ? raw : "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.includes("/admin/sign-in") ? "401" : "allowed";
    if (digest.endsWith(";401")) return "401";
    if (digest.endsWith(";403")) return "403";
    return `threw ${error instanceof Error ? error.name : typeof error}`;
  }
}

function formData(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v);
  return form;
}

const surface = discoverActionsAndRoutes();

describe("the matrix covers the whole dashboard", () => {
  it("has a row for every Server Action and route handler, and none for what no longer exists", () => {
    expect(surface.length).toBeGreaterThan(0);
    const missing = surface.map((e) => e.key).filter((key) => !(key in MATRIX));
    const stale = Object.keys(MATRIX).filter((key) => !surface.some((e) => e.key === key));
    expect(missing, "add these to tests/helpers/authorization-matrix-table.ts").toEqual([]);
    expect(stale, "these rows name nothing that exists").toEqual([]);
  });

  it("has a permission for every admin page, and each page checks exactly that one", () => {
    const pages = discoverAdminPages();
    expect(
      pages.filter((p) => !(p in PAGE_PERMISSIONS)),
      "add these pages to PAGE_PERMISSIONS",
    ).toEqual([]);
    expect(Object.keys(PAGE_PERMISSIONS).filter((p) => !pages.includes(p))).toEqual([]);
    for (const page of pages) {
      const permission = PAGE_PERMISSIONS[page];
      const source = readSource(page);
      if (permission === "public") expect(source, page).not.toContain("requireStaffPage(");
      else expect(source, page).toContain(`requireStaffPage("${permission}")`);
    }
  });

  it("every checked action and route reaches getActor(), and every action assertCan() itself", () => {
    for (const entry of surface) {
      const row = MATRIX[entry.key];
      if (!row || row.kind === "auth") continue;
      const source = readSource(entry.file);
      // Made with the shared wrapper: it always runs session → permission →
      // parse → service (tests/unit/staff-action.test.ts), so what is checked
      // here is that it asks for the permission the row names.
      const wrapped = wrappedActionConfig(source, entry.name);
      if (wrapped) {
        expect(entry.kind, entry.key).toBe("action");
        expect(wrapped, entry.key).toContain(`permission: "${row.permission}"`);
        continue;
      }
      const text = functionTextWithHelpers(source, entry.name);
      expect(text, entry.key).toContain("getActor(");
      // Route handlers may delegate the check to their service (403/401 through
      // authErrorResponse), which the calls below prove.
      if (entry.kind === "action") {
        expect(text, entry.key).toContain("assertCan(actor");
        expect(text, entry.key).toContain(`"${row.permission}"`);
      }
    }
  });
});

describe("who may call what", () => {
  for (const entry of surface) {
    const row = MATRIX[entry.key];
    if (!row) continue;
    if (row.kind === "auth") {
      // Sign-in and sign-out sit behind no permission (see the row's reason and
      // tests/integration/sign-in-staff.test.ts); here every caller, signed in or
      // not, must get an answer or a redirect, never a crash.
      it(`${entry.key}: ${row.reason}`, async () => {
        const module = (await import(/* @vite-ignore */ `${ROOT}/${entry.file}`)) as Record<
          string,
          (...args: unknown[]) => Promise<unknown>
        >;
        const handler = module[entry.name];
        if (typeof handler !== "function") throw new Error(`${entry.key} is not a function`);
        for (const actorKey of ACTOR_ORDER) {
          const actor = actors[actorKey];
          session.actor = actor ? { ...actor, username: actorKey, displayName: actorKey } : null;
          // Sign-out buttons post the form alone; the sign-in form has a state too.
          const form = formData({ locale: "zh-CN" });
          const outcome = await outcomeOf(() =>
            handler.length >= 2 ? handler({ status: "idle" }, form) : handler(form),
          );
          expect(outcome, `${actorKey}`).not.toMatch(/^(threw|status 5)/);
        }
        session.actor = null;
      });
      continue;
    }
    const cases = [
      { label: `${entry.key} (${row.permission})`, permission: row.permission, row },
      ...(row.kind === "action" ? (row.variants ?? []) : []).map((v) => ({
        label: `${entry.key} [${v.name}] (${v.permission})`,
        permission: v.permission,
        row: { ...row, form: v.form },
      })),
    ];
    for (const { label, permission, row } of cases)
      it(label, async () => {
        const module = (await import(/* @vite-ignore */ `${ROOT}/${entry.file}`)) as Record<
          string,
          (...args: unknown[]) => Promise<unknown>
        >;
        const handler = module[entry.name];
        if (typeof handler !== "function") throw new Error(`${entry.key} is not a function`);
        const seen: Record<string, Outcome> = {};
        const want: Record<string, Outcome> = {};
        for (const actorKey of ACTOR_ORDER) {
          const actor = actors[actorKey];
          session.actor = actor ? { ...actor, username: actorKey, displayName: actorKey } : null;
          want[actorKey] = expected(permission, actorKey, row.crossCommunity);
          seen[actorKey] = await outcomeOf(() =>
            row.kind === "route"
              ? handler(new Request(`http://localhost${row.path(fixtures)}`))
              : handler({ status: "idle" }, formData(row.form(fixtures))),
          );
        }
        session.actor = null;
        // A record of another community may also be answered as "not found"
        // (lib/staff/load-staff-target.ts does, so ids cannot be probed): that
        // reveals no more than a 403, and counts as the denial it is.
        for (const key of ["otherStaff", "otherAdmin"])
          if (want[key] === "403" && seen[key] === "notFound") seen[key] = "403";
        expect(seen).toEqual(want);
      });
  }
});
