// Tracking, rating and the public wall against a real, seeded database: the code
// the tracking page's actions and the wall page run, without a browser.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG } from "@/lib/seed/data/market-days";
import { COMMUNITY } from "@/lib/seed/data/community-and-organizations";
import { planSeedWishes } from "@/lib/seed/plan-wishes";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { findWishForResident } from "@/lib/wishes/track-wish";
import { rateWish } from "@/lib/wishes/rate-wish";
import { submitWish } from "@/lib/wishes/submit-wish";
import { ActionError } from "@/lib/forms/action-error";
import { lookUpWish, rateTrackedWish } from "@/lib/wishes/track-request";
import { receiveWish } from "@/lib/wishes/receive-wish";
import { countPublicWishes, listPublicWishes } from "@/lib/wishes/public-wall";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { trackFormSchema } from "@/lib/wishes/track-form-schema";
import { trackLimits, waitFor, wishLimits } from "@/lib/wishes/wish-limits";
import { wishLimitWait } from "@/lib/wishes/receive-wish";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// Residents' contact data is encrypted: the keys must exist before the first wish.
useThrowAwayKeys();

const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
});
beforeEach(() => resetLimiters());

const PHONE = "13812345678";
const NAME = "测试居民";

function seedCode(ref: string): string {
  const plan = planSeedWishes().find((p) => p.seed.ref === ref);
  if (!plan) throw new Error(`no seed wish ${ref}`);
  return plan.trackingCode;
}

async function submitWithPhone(extra: Record<string, unknown> = {}) {
  const values = wishFormSchema.parse({
    kind: "wish",
    category: "elderly-care",
    content: "楼下的长椅坏了，希望修一修。",
    name: NAME,
    phone: "138 1234 5678",
    consent: "on",
    idempotencyKey: randomUUID(),
    ...extra,
  });
  return submitWish(values, { channel: "WEB" });
}

const keys = () => ({ deviceKey: `device-${randomUUID()}`, ipKey: `ip-${randomUUID()}` });

/** The form-level message a look-up ends with (as the action shows it), or "found". */
async function answerOf(run: () => Promise<unknown>): Promise<{ code: string; values?: unknown } | "found"> {
  try {
    await run();
    return "found";
  } catch (error) {
    if (error instanceof ActionError) return { code: error.code, values: error.details.values };
    throw error;
  }
}

const lookUp = (code: string, last4: string, k = keys(), locale = "zh-CN") =>
  answerOf(() => lookUpWish({ code, last4 }, k, locale));
const rateAs = (fields: { code: string; last4: string; rating: string; comment?: string }, locale = "zh-CN") =>
  rateTrackedWish({ comment: "", ...fields }, keys(), locale);

describe("finding a wish", () => {
  it("finds a seeded settled wish by its code alone, however it is typed", async () => {
    const code = seedCode("old-age-allowance-how-to");
    const typed = ` ${formatTrackingCode(code).toLowerCase().replace(/-/g, " ")} `;
    const view = await findWishForResident(typed, "");
    expect(view?.trackingCode).toBe(code);
    expect(view?.status).toBe("SETTLED");
    expect(view?.canRate).toBe(true);
    expect(view?.publicReply).toBeTruthy();
    expect(view?.maskedPhone).toBeNull();
    expect(view?.timeline[0]?.action).toBe("SUBMIT");
  });

  it("needs the right last four digits when a phone was given; wrong digits look like an unknown code", async () => {
    const wish = await submitWithPhone();
    const found = await findWishForResident(wish.trackingCode, "5678");
    expect(found?.status).toBe("SUBMITTED");
    expect(found?.maskedPhone).toBe("*******5678");
    expect(await findWishForResident(wish.trackingCode, "1234")).toBeNull();
    expect(await findWishForResident(wish.trackingCode, "")).toBeNull();
    expect(await findWishForResident("ZZZZ-ZZZZ-ZZZZ", "5678")).toBeNull();
    // Full-width digits from a Chinese keyboard are the same digits.
    expect(await findWishForResident(wish.trackingCode, "５６７８")).not.toBeNull();

    const wrongDigits = await lookUp(wish.trackingCode, "1234");
    const unknownCode = await lookUp("ZZZZZZZZZZZZ", "5678");
    expect(wrongDigits).toEqual({ code: "track.errors.notFound", values: undefined });
    expect(unknownCode).toEqual(wrongDigits);
  });

  it("never shows the full phone or the name", async () => {
    const wish = await submitWithPhone();
    const view = await findWishForResident(wish.trackingCode, "5678");
    const shown = await lookUpWish({ code: wish.trackingCode, last4: "5678" }, keys(), "en");
    for (const text of [JSON.stringify(view), JSON.stringify(shown)]) {
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain("1381234");
      expect(text).not.toContain(NAME);
    }
    expect(shown.maskedPhone).toBe("*******5678");
  });

  it("limits look-ups per device and says how many minutes to wait", async () => {
    const same = keys();
    for (let i = 0; i < 20; i++) {
      // The action's own check, made before parsing, takes no point.
      expect(await waitFor(trackLimits(same))).toBeNull();
      expect(await waitFor(trackLimits(same))).toBeNull();
      expect(await lookUp("ZZZZ-ZZZZ-ZZZZ", "", same)).toMatchObject({ code: "track.errors.notFound" });
    }
    // The 21st stops at the action's check, before parsing, with the wait to tell.
    expect(await waitFor(trackLimits(same))).toBeGreaterThan(9 * 60);
    // A look-up that raced past the check is refused by the service itself.
    const limited = await lookUp("ZZZZ-ZZZZ-ZZZZ", "", same);
    expect(limited).toEqual({ code: "forms.errors.rateLimited", values: { minutes: 10 } });
    // An empty code is turned back by the schema, before any look-up costs a point.
    expect(trackFormSchema.safeParse({ code: " ", last4: "" }).error?.issues[0]?.message).toBe("codeRequired");
  });
});

describe("rating (回访)", () => {
  it("a rating of 4 keeps the wish settled, and it cannot be rated twice", async () => {
    const code = seedCode("anti-fraud-calls");
    expect(await rateWish({ code, last4: "", rating: 4, comment: "" })).toBe("rated");
    const view = await findWishForResident(code, "");
    expect(view?.status).toBe("SETTLED");
    expect(view?.satisfaction).toBe(4);
    expect(view?.canRate).toBe(false);
    expect(await rateWish({ code, last4: "", rating: 5, comment: "" })).toBe("not-ratable");
  });

  it("a rating of 2 reopens it: RATE, then REOPEN by SYSTEM with the comment kept internal", async () => {
    const code = seedCode("gas-leak-what-to-do");
    const comment = "说明看不太懂，希望有人上门讲一讲。";
    const answer = await rateAs({ code, last4: "", rating: "2", comment });
    expect(answer).toMatchObject({ rating: "reopened", wish: { status: "REOPENED" } });
    expect(JSON.stringify(answer)).not.toContain(comment);

    const wish = await testDb.prisma.wish.findUniqueOrThrow({
      where: { trackingCode: code },
      include: { events: { orderBy: { sequence: "asc" } } },
    });
    expect(wish.status).toBe("REOPENED");
    const [rate, reopen] = wish.events.slice(-2);
    expect(rate).toMatchObject({ action: "RATE", actorType: "RESIDENT", fromStatus: "SETTLED", toStatus: "SETTLED" });
    expect(reopen).toMatchObject({
      action: "REOPEN",
      actorType: "SYSTEM",
      fromStatus: "SETTLED",
      toStatus: "REOPENED",
      publicNote: null,
    });
    expect(reopen?.internalNote).toContain(comment);

    const view = await findWishForResident(code, "");
    expect(view?.timeline.slice(-2).map((e) => e.action)).toEqual(["RATE", "REOPEN"]);
    expect(JSON.stringify(view?.timeline)).not.toContain(comment);
    expect(view?.canRate).toBe(false);
  });

  it("two ratings sent at once record one", async () => {
    const code = seedCode("dogs-off-leash");
    const outcomes = await Promise.all([1, 2].map(() => rateWish({ code, last4: "", rating: 5, comment: "" })));
    expect(outcomes.sort()).toEqual(["not-ratable", "rated"]);
    const wish = await testDb.prisma.wish.findUniqueOrThrow({
      where: { trackingCode: code },
      include: { events: true },
    });
    expect(wish.events.filter((e) => e.action === "RATE")).toHaveLength(1);
  });

  it("without a choice the form comes back with the wish and an error", async () => {
    const answer = await rateAs({ code: seedCode("coffee-next-time"), last4: "", rating: "" }, "en");
    expect(answer).toMatchObject({ fieldErrors: { rating: ["track.errors.ratingRequired"] } });
    expect(answer.wish.canRate).toBe(true);
    // Hidden fields that were tampered with read as "not found", not as a field to fix.
    expect(await answerOf(() => rateAs({ code: "", last4: "", rating: "5" }))).toMatchObject({
      code: "track.errors.notFound",
    });
  });

  it("an open wish cannot be rated", async () => {
    const wish = await submitWithPhone();
    expect(await rateWish({ code: wish.trackingCode, last4: "5678", rating: 5, comment: "" })).toBe("not-ratable");
    expect(await rateWish({ code: wish.trackingCode, last4: "0000", rating: 5, comment: "" })).toBe("not-found");
  });
});

describe("receiving wishes (the form's action and POST /api/wishes)", () => {
  const fields = (key: string) => ({
    kind: "opinion",
    category: "safety",
    content: "路口的红绿灯时间太短。",
    idempotencyKey: key,
  });

  it("answers invalid fields with message keys", async () => {
    const result = await receiveWish({ kind: "nope", content: "短", idempotencyKey: "x" }, keys());
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === "invalid") {
      expect(result.errors.kind).toEqual(["kind.required"]);
      expect(result.errors.content).toEqual(["content.tooShort"]);
      // Hidden fields are the whole form's problem.
      expect(result.errors.form).toEqual(["form.expired"]);
    }
  });

  it("stores a wish once per idempotency key, also when the retry races the first attempt", async () => {
    const key = randomUUID();
    const same = keys();
    const [a, b] = await Promise.all([receiveWish(fields(key), same), receiveWish(fields(key), same)]);
    const c = await receiveWish(fields(key), same);
    const codes = [a, b, c].map((r) => (r.ok ? r.wish.trackingCode : null));
    expect(new Set(codes).size).toBe(1);
    expect(codes[0]).not.toBeNull();
    expect(await testDb.prisma.wish.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("limits new wishes per device, but not retries of a stored one", async () => {
    const same = keys();
    const first = randomUUID();
    for (let i = 0; i < 5; i++) expect((await receiveWish(fields(i === 0 ? first : randomUUID()), same)).ok).toBe(true);
    expect(await receiveWish(fields(randomUUID()), same)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect((await receiveWish(fields(first), same)).ok).toBe(true);
    // The form action's check before parsing agrees, and lets the retry through.
    expect(await wishLimitWait(same, randomUUID())).toBeGreaterThan(0);
    expect(await wishLimitWait(same, first)).toBeNull();
  });

  it("the form action's check takes no point; invalid wishes cost nothing", async () => {
    const same = keys();
    for (let i = 0; i < 20; i++) {
      expect(await wishLimitWait(same, randomUUID())).toBeNull();
      expect((await receiveWish({ kind: "wish", content: "短", idempotencyKey: randomUUID() }, same)).ok).toBe(false);
    }
    for (let i = 0; i < 5; i++) expect((await receiveWish(fields(randomUUID()), same)).ok).toBe(true);
    expect(await waitFor(wishLimits(same))).toBeGreaterThan(0);
  });
});

describe("the public wall", () => {
  const all = { marketDay: null, state: null, after: null };

  it("lists only public wishes, newest first, through keyset pages, with nothing personal", async () => {
    await submitWithPhone({ public: "on", content: "希望公园里多放几张长椅。" });
    const hidden = await submitWithPhone({ content: "这条心愿不公开。" });
    const seen: string[] = [];
    let after = null;
    for (let i = 0; i < 10; i++) {
      const page = await listPublicWishes({ ...all, after });
      expect(page.wishes.length).toBeLessThanOrEqual(20);
      seen.push(...page.wishes.map((w) => w.id));
      for (const wish of page.wishes) {
        expect(Object.keys(wish).sort()).toEqual([
          "category",
          "content",
          "createdAt",
          "id",
          "kind",
          "marketDay",
          "reply",
          "stall",
          "status",
          "supportCount",
        ]);
      }
      const text = JSON.stringify(page);
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain("5678");
      expect(text).not.toContain(NAME);
      if (!page.next) break;
      after = page.next;
    }
    const publicIds = await testDb.prisma.wish.findMany({
      where: { isPublic: true, wallStatus: "APPROVED", community: { slug: COMMUNITY.slug } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(publicIds.map((w) => w.id));
    expect(seen.length).toBeGreaterThan(20);
    expect(seen).not.toContain(hidden.id);
  });

  it("counts per state add up, and the state filter agrees with them", async () => {
    const counts = await countPublicWishes(null);
    const { total, ...perState } = counts;
    expect(Object.values(perState).reduce((a, b) => a + b, 0)).toBe(total);
    expect(total).toBe(
      await testDb.prisma.wish.count({
        where: { isPublic: true, wallStatus: "APPROVED", community: { slug: COMMUNITY.slug } },
      }),
    );
    const settled = await listPublicWishes({ ...all, state: "SETTLED" });
    expect(settled.wishes.every((w) => w.status === "SETTLED")).toBe(true);
    const reopened = await listPublicWishes({ ...all, state: "REOPENED" });
    expect(reopened.wishes).toHaveLength(counts.REOPENED);

    const day = await countPublicWishes(MARKET_DAY_2023_SLUG);
    const seededPublic = planSeedWishes().filter((p) => p.seed.isPublic).length;
    expect(day.total).toBe(seededPublic);
    const dayPage = await listPublicWishes({ ...all, marketDay: MARKET_DAY_2023_SLUG });
    expect(dayPage.wishes.every((w) => w.marketDay?.slug === MARKET_DAY_2023_SLUG)).toBe(true);
  });
});
