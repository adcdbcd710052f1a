// Finding 7: the last four phone digits could be guessed. Each tracking code
// now counts its wrong answers whatever the device or address (5, then "not
// found" for 15 minutes, right digits included), and an unknown code does the
// same work as wrong digits: the same compare, the same failure count.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { ActionError } from "@/lib/forms/action-error";
import { findWishForResident } from "@/lib/wishes/track-wish";
import { lookUpWish } from "@/lib/wishes/track-request";
import { generateTrackingCode } from "@/lib/wishes/tracking-code";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// Counts the constant-time compares: the one step that touches the digits.
const compares = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  const timingSafeEqual: typeof actual.timingSafeEqual = (a, b) => {
    compares.count++;
    return actual.timingSafeEqual(a, b);
  };
  return { ...actual, default: { ...actual, timingSafeEqual }, timingSafeEqual };
});

useThrowAwayKeys();
const testDb = await useTestDatabase();
let communityId = "";
beforeAll(async () => {
  communityId = (await testDb.prisma.community.create({ data: { slug: "track-limit", name: "测试社区" } })).id;
});
beforeEach(() => resetLimiters());

async function wishWithDigits(last4: string): Promise<string> {
  const trackingCode = generateTrackingCode();
  await testDb.prisma.wish.create({
    data: {
      communityId,
      trackingCode,
      kind: "WISH",
      content: "楼道灯坏了，请修一下。",
      phoneLast4: last4,
      replyDueAt: new Date(Date.now() + 48 * 3_600_000),
      idempotencyKey: randomUUID(),
    },
  });
  return trackingCode;
}

/** A different phone and network every time: what a prober dropping cookies looks like. */
const freshDevice = () => ({ deviceKey: `device-${randomUUID()}`, ipKey: `ip-${randomUUID()}` });

async function lookUp(code: string, last4: string): Promise<string> {
  try {
    await lookUpWish({ code, last4 }, freshDevice(), "zh-CN");
    return "found";
  } catch (error) {
    if (error instanceof ActionError) return error.code;
    throw error;
  }
}

describe("per-code failure limit", () => {
  it("after 5 wrong digits the code is 'not found', even with the right digits, from any device", async () => {
    const code = await wishWithDigits("5678");
    for (const wrong of ["0000", "1111", "2222", "3333", "4444"])
      expect(await lookUp(code, wrong)).toBe("track.errors.notFound");
    // A new device and a new address each time: the count belongs to the code.
    expect(await lookUp(code, "5678")).toBe("track.errors.notFound");
    expect(await findWishForResident(code, "5678")).toBeNull();
    // Another code is untouched.
    const other = await wishWithDigits("5678");
    expect(await lookUp(other, "5678")).toBe("found");
  });

  it("a right answer before the limit clears the count (a resident's typo costs nothing later)", async () => {
    const code = await wishWithDigits("4321");
    for (let i = 0; i < 4; i++) expect(await findWishForResident(code, "0000")).toBeNull();
    expect(await findWishForResident(code, "4321")).not.toBeNull();
    for (let i = 0; i < 4; i++) expect(await findWishForResident(code, "0000")).toBeNull();
    expect(await findWishForResident(code, "4321")).not.toBeNull();
  });
});

describe("equal work for an unknown code and wrong digits", () => {
  it("both run the same compare and both count against the code", async () => {
    const known = await wishWithDigits("2468");
    compares.count = 0;
    expect(await findWishForResident(known, "1357")).toBeNull();
    const wrongDigitCompares = compares.count;

    compares.count = 0;
    const unknown = generateTrackingCode();
    expect(await findWishForResident(unknown, "1357")).toBeNull();
    expect(compares.count).toBe(wrongDigitCompares);
    expect(wrongDigitCompares).toBeGreaterThan(0);

    // An unknown code is locked the same way, so a lock says nothing about existence.
    for (let i = 0; i < 4; i++) await findWishForResident(unknown, "1357");
    for (let i = 0; i < 4; i++) await findWishForResident(known, "1357");
    compares.count = 0;
    expect(await findWishForResident(unknown, "1357")).toBeNull();
    expect(await findWishForResident(known, "2468")).toBeNull();
    expect(compares.count).toBe(0);
  });

  it("measures 200 unknown codes against 200 wrong digits (printed; behaviour asserted only)", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 200; i++) codes.push(await wishWithDigits("9999"));
    const time = async (list: string[]) => {
      const started = performance.now();
      for (const code of list) expect(await findWishForResident(code, "1234")).toBeNull();
      return (performance.now() - started) / list.length;
    };
    // Warm both paths once, then alternate to spread any drift evenly.
    await time([generateTrackingCode(), codes[0] ?? ""]);
    const unknownCodes = Array.from({ length: 200 }, () => generateTrackingCode());
    const unknownMs = await time(unknownCodes.slice(0, 100));
    const wrongMs = await time(codes.slice(1, 101));
    const unknownMs2 = await time(unknownCodes.slice(100));
    const wrongMs2 = await time(codes.slice(101).concat(codes.slice(0, 1)));
    console.log(
      `tracking look-up, mean of 200: unknown code ${((unknownMs + unknownMs2) / 2).toFixed(3)} ms, ` +
        `wrong digits ${((wrongMs + wrongMs2) / 2).toFixed(3)} ms`,
    );
  });
});
