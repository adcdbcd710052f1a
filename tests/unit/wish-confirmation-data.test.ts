// What the confirmation tells a resident after an assistance request: the time
// in their language, the pickup point and destination, and a call "as soon as
// possible" instead of "a reply within 2 days" when help is needed sooner.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SubmittedWish } from "@/lib/wishes/submit-wish";
import { confirmationData } from "@/lib/wishes/wish-confirmation-data";
import type { WishFormValues } from "@/lib/wishes/wish-form-rules";

const submittedAt = new Date("2026-12-05T02:00:00Z"); // 10:00 in Shenzhen
const wish: SubmittedWish = {
  id: randomUUID(),
  trackingCode: "ABCDEFGHJKMN",
  replyDueAt: new Date(submittedAt.getTime() + 48 * 3_600_000),
  hasPhone: true,
  replyTargetHours: 48,
  replayed: false,
};
const escort = (neededAt: string): WishFormValues => ({
  kind: "assistance",
  content: "需要有人陪我去医院复诊。",
  phone: "13812345678",
  anonymous: false,
  consent: true,
  messages: false,
  public: false,
  idempotencyKey: randomUUID(),
  neededAt,
  mobility: ["escort"],
  pickupAddress: "3栋2单元楼下",
  destination: "市二医院 心内科",
  returnTrip: true,
});

describe("confirmationData", () => {
  it("repeats the time, pickup point and destination, and promises a call as soon as possible when needed sooner than the reply target", () => {
    const data = confirmationData(wish, escort("2026-12-06T09:30"), "zh-CN");
    expect(data).toMatchObject({ trackingCode: "ABCDEFGHJKMN", hasPhone: true, replyDays: 1 });
    expect(data.assistance).toEqual({
      neededAt: expect.stringContaining("2026年12月6日") as string,
      pickupAddress: "3栋2单元楼下",
      destination: "市二医院 心内科",
      returnTrip: true,
      soon: true,
    });
    expect(data.assistance?.neededAt).toContain("09:30");
    expect(confirmationData(wish, escort("2026-12-06T09:30"), "en").assistance?.neededAt).toContain("6 December 2026");
  });

  it("keeps the usual reply target when help is needed later", () => {
    expect(confirmationData(wish, escort("2026-12-20T09:30"), "zh-CN").assistance?.soon).toBe(false);
  });

  it("says nothing of assistance for other kinds of wish", () => {
    const data = confirmationData(wish, { ...escort("2026-12-06T09:30"), kind: "wish" }, "zh-CN");
    expect(data.assistance).toBeUndefined();
    expect(data.nextIdempotencyKey).not.toBe("");
  });
});
