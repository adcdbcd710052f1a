// The rating request (issue 13 §5) and quiet hours at delivery, against a real
// database and a local webhook gateway: a settled, unrated wish with a phone and
// consent gets one SMS with the rating link a day before it would enter the
// follow-up queue; a ring during quiet hours waits for the morning.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { webhookSms } from "@/lib/notifications/channels/webhook-sms";
import { deliverNotification } from "@/lib/notifications/outbox/deliver-notification";
import { requestRatings } from "@/lib/notifications/outbox/request-ratings";
import { applyTransition } from "@/lib/wishes/apply-transition";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { json, startLocalHttpServer, type LocalHttpServer } from "../helpers/local-http-server";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;
let gateway: LocalHttpServer;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  gateway = await startLocalHttpServer((_request, response) => json(response, 200, {}));
});
afterAll(() => gateway.close());

const DAY = 86_400_000;

async function settledWish(phone: string, extra: Record<string, unknown> = { messages: "on" }) {
  const values = wishFormSchema.parse({
    kind: "wish",
    content: "楼下垃圾桶满了没人清理。",
    phone,
    consent: "on",
    idempotencyKey: randomUUID(),
    ...extra,
  });
  const wish = await submitWish(values, { channel: "WEB" });
  await prisma.$transaction((tx) =>
    applyTransition(tx, {
      wishId: wish.id,
      expectedVersion: null,
      action: "SETTLE",
      actor: { type: "STAFF" },
      fields: { publicReply: "已联系物业清理，并增加了清运次数。" },
    }),
  );
  return wish.id;
}

describe("rating requests", () => {
  it("asks once per settlement, a day before the follow-up queue, and only with consent", async () => {
    const asked = await settledWish("13500001111");
    const quiet = await settledWish("13500002222", {});
    const settledAt = (await prisma.wish.findUniqueOrThrow({ where: { id: asked } })).settledAt!;
    // With a three-day queue, the request goes after two days, not before.
    expect(await requestRatings(new Date(settledAt.getTime() + DAY), 3)).toBe(0);
    const later = new Date(settledAt.getTime() + 2 * DAY + 60_000);
    expect(await requestRatings(later, 3)).toBe(1);
    expect(await requestRatings(later, 3)).toBe(0);
    const rows = await prisma.notification.findMany({ where: { kind: "RATING_REQUEST" } });
    expect(rows.map((r) => r.wishId)).toEqual([asked]);
    expect(rows.map((r) => r.wishId)).not.toContain(quiet);

    const outcome = await deliverNotification(
      rows[0]!.id,
      { sms: webhookSms({ url: `${gateway.origin}/sms` }), email: null },
      () => later,
    );
    expect(outcome.status).toBe("SENT");
    const sent = JSON.parse(gateway.received.at(-1)!.body.toString("utf8")) as {
      template: string;
      text: string;
      to: string;
    };
    expect(sent).toMatchObject({ template: "wish-rate", to: "13500001111" });
    expect(sent.text).toMatch(/\/r\/[A-Za-z0-9_-]{38}/);
  });

  it("does not ask when the resident has rated since the settlement", async () => {
    const id = await settledWish("13500003333");
    await prisma.wish.update({ where: { id }, data: { ratedAt: new Date(Date.now() + 1000), satisfaction: 5 } });
    expect(await requestRatings(new Date(Date.now() + 3 * DAY), 3)).toBe(0);
  });
});
