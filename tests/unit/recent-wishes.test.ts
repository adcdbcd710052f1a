// This device's remembered wishes: sealed so the page's scripts and a curious
// user cannot read or forge them, newest first, capped, and never a crash.
import { describe, expect, it } from "vitest";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { openRecentWishes, RECENT_WISHES_MAX, sealRecentWishes, type RecentWish } from "@/lib/wishes/recent-wishes";
import { generateTrackingCode } from "@/lib/wishes/tracking-code";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

function wish(hasPhone = true, at = new Date("2026-12-05T01:30:00Z")): RecentWish {
  return { trackingCode: generateTrackingCode(), hasPhone, submittedAt: at };
}

describe("recent wishes cookie", () => {
  it("round-trips a wish, with whether it needs the phone digits and when it was sent", () => {
    const added = wish(false);
    const sealed = sealRecentWishes([], added);
    expect(sealed).not.toContain(added.trackingCode);
    expect(openRecentWishes(sealed)).toEqual([added]);
  });

  it("keeps the newest first, moves a replayed wish to the front instead of doubling it, and caps the list", () => {
    let list: RecentWish[] = [];
    const sent = Array.from({ length: RECENT_WISHES_MAX + 2 }, () => wish());
    for (const w of sent) list = openRecentWishes(sealRecentWishes(list, w));
    expect(list.map((w) => w.trackingCode)).toEqual(
      sent
        .slice(-RECENT_WISHES_MAX)
        .reverse()
        .map((w) => w.trackingCode),
    );
    const replay = list[2];
    if (!replay) throw new Error("the list lost a wish");
    list = openRecentWishes(sealRecentWishes(list, replay));
    expect(list).toHaveLength(RECENT_WISHES_MAX);
    expect(list[0]?.trackingCode).toBe(replay.trackingCode);
    expect(new Set(list.map((w) => w.trackingCode)).size).toBe(RECENT_WISHES_MAX);
  });

  it("reads a missing, tampered, foreign-key or malformed cookie as an empty list", () => {
    const sealed = sealRecentWishes([], wish());
    expect(openRecentWishes(undefined)).toEqual([]);
    expect(openRecentWishes("")).toEqual([]);
    expect(openRecentWishes(`${sealed.slice(0, -4)}AAAA`)).toEqual([]);
    expect(openRecentWishes("not-a-cookie")).toEqual([]);
    // Well sealed, but not a list of wishes.
    expect(openRecentWishes(encryptPersonal(JSON.stringify({ c: "X" })))).toEqual([]);
    // A code that cannot be a tracking code is dropped.
    expect(openRecentWishes(encryptPersonal(JSON.stringify([{ c: "<script>", p: true, t: 1 }])))).toEqual([]);
    useThrowAwayKeys();
    expect(openRecentWishes(sealed)).toEqual([]);
  });
});
