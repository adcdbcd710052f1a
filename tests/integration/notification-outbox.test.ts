// The notification outbox against a real database and a real webhook gateway
// (a local HTTP server): rows written with their event and only then, delivered by
// the pg-boss worker, retried with backoff, given up on, retried by staff, and
// recovered after a worker died mid-send. Runs on PostgreSQL and on PGlite.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { smsChannelFromEnv } from "@/lib/notifications/channels/from-env";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { listOutbox } from "@/lib/notifications/outbox/outbox-queries";
import { retryNotification } from "@/lib/notifications/outbox/retry-notification";
import { startNotificationWorker, type RunningWorker } from "@/lib/notifications/outbox/worker";
import { encryptPersonal, phoneLookupHash } from "@/lib/privacy/personal-data";
import { applyTransition, StaleWishError } from "@/lib/wishes/apply-transition";
import { settleWish } from "@/lib/wishes/settle-wish";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { json, startLocalHttpServer, type LocalHttpServer } from "../helpers/local-http-server";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// Before lib/env.ts is evaluated: the worker must not hold messages for the night
// when the suite runs at night. Quiet hours themselves are the messages branch's
// tests; here a future deliverAfter is set by hand.
vi.hoisted(() => {
  process.env.HUIYIN_QUIET_HOURS = "off";
});

useThrowAwayKeys();
const testDb = await useTestDatabase();

let server: LocalHttpServer;
let worker: RunningWorker;
let staff: Actor;
/** Per notification id, the answers the gateway gives in turn (then 200). */
const script = new Map<string, number[]>();

beforeAll(async () => {
  server = await startLocalHttpServer((request, response) => {
    const { id } = JSON.parse(request.body.toString("utf8")) as { id: string };
    const status = script.get(id)?.shift() ?? 200;
    json(response, status, { ok: status < 300 });
  });
  const community = await testDb.prisma.community.create({ data: { slug: "outbox", name: "园东社区" } });
  const user = await testDb.prisma.staffUser.create({
    data: {
      communityId: community.id,
      username: "outbox-staff",
      displayName: "员工",
      passwordHash: "x",
      role: "STAFF",
    },
  });
  staff = { id: user.id, role: "STAFF", communityId: community.id };
  const env = readEnv({ ...process.env, SMS_PROVIDER: "webhook", SMS_WEBHOOK_URL: `${server.origin}/sms` });
  worker = await startNotificationWorker({
    channels: { sms: smsChannelFromEnv(env), email: null },
    pollingIntervalSeconds: 0.5,
    // The tests sweep by hand, when they mean to.
    sweepIntervalMs: 3_600_000,
  });
});

afterAll(async () => {
  await worker?.stop();
  await server?.close();
});

/** A mobile of its own per wish, so the per-recipient daily cap never decides a test. */
const newPhone = () => `138${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, "0")}`;

async function makeWish(options: { phone?: string; consent?: boolean } = {}) {
  const phone = options.phone ?? newPhone();
  return testDb.prisma.wish.create({
    data: {
      communityId: staff.communityId,
      trackingCode: randomBytes(6).toString("hex").toUpperCase(),
      kind: "WISH",
      content: "楼道灯坏了",
      idempotencyKey: randomUUID(),
      replyDueAt: new Date(Date.now() + 48 * 3_600_000),
      phoneEnc: encryptPersonal(phone),
      phoneLast4: phone.slice(-4),
      phoneHash: phoneLookupHash(phone),
      consentAt: new Date(),
      messageConsentAt: options.consent === false ? null : new Date(),
    },
    select: { id: true, trackingCode: true, phoneLast4: true },
  });
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const row = (id: string) => testDb.prisma.notification.findUniqueOrThrow({ where: { id } });
const deliveriesOf = (id: string) =>
  server.received.filter((r) => (JSON.parse(r.body.toString("utf8")) as { id: string }).id === id);

describe("recording", () => {
  it("writes the row with its event, and the worker delivers it through the webhook", async () => {
    const wish = await makeWish();
    const result = await settleWish(staff, { wishId: wish.id, expectedVersion: 0, publicReply: "灯已修好" });
    expect(result.notifications).toHaveLength(1);
    const [id] = result.notifications as [string];
    const recorded = await row(id);
    expect(recorded).toMatchObject({ wishId: wish.id, eventSequence: 1, kind: "REPLY", channel: "SMS" });
    const stored = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: wish.id } });
    expect(recorded.recipientHash).toBe(stored.phoneHash);
    const event = await testDb.prisma.wishEvent.findFirstOrThrow({ where: { wishId: wish.id, sequence: 1 } });
    expect(event.action).toBe("SETTLE");

    const sent = await waitFor(
      () => row(id),
      (r) => r.status === "SENT",
    );
    expect(sent.attempts).toBe(1);
    expect(sent.sentAt).not.toBeNull();
    const [request] = deliveriesOf(id);
    const body = JSON.parse(request!.body.toString("utf8")) as { to: string; text: string; id: string };
    // The whole number goes to the gateway (decrypted), with the id as idempotency key.
    expect(body.to).toMatch(new RegExp(`^138\\d{4}${wish.phoneLast4}$`));
    expect(body.id).toBe(id);
    expect(body.text.length).toBeGreaterThan(0);
  });

  it("a stale transition writes no row and sends nothing", async () => {
    const wish = await makeWish();
    const before = server.received.length;
    await expect(
      settleWish(staff, { wishId: wish.id, expectedVersion: 3, publicReply: "灯已修好" }),
    ).rejects.toBeInstanceOf(StaleWishError);
    expect(await testDb.prisma.notification.count({ where: { wishId: wish.id } })).toBe(0);
    await worker.sweep();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(server.received.length).toBe(before);
  });

  it("a transaction rolled back after the event takes its row with it", async () => {
    const wish = await makeWish();
    await expect(
      db.$transaction(async (tx) => {
        const result = await applyTransition(tx, {
          wishId: wish.id,
          expectedVersion: 0,
          action: "SETTLE",
          actor: { type: "STAFF", staffId: staff.id },
          fields: { publicReply: "灯已修好" },
        });
        expect(result.notifications).toHaveLength(1);
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    expect(await testDb.prisma.notification.count({ where: { wishId: wish.id } })).toBe(0);
    expect(await testDb.prisma.wishEvent.count({ where: { wishId: wish.id } })).toBe(0);
  });

  it("a wish without consent to messages gets no rows; notes send nothing", async () => {
    const wish = await makeWish({ consent: false });
    const settled = await settleWish(staff, { wishId: wish.id, expectedVersion: 0, publicReply: "灯已修好" });
    expect(settled.notifications).toEqual([]);
    const consenting = await makeWish();
    const noted = await db.$transaction((tx) =>
      applyTransition(tx, {
        wishId: consenting.id,
        expectedVersion: 0,
        action: "ADD_NOTE",
        actor: { type: "STAFF", staffId: staff.id },
        fields: { internalNote: "已联系物业" },
      }),
    );
    expect(noted.notifications).toEqual([]);
    expect(await testDb.prisma.notification.count({ where: { wishId: { in: [wish.id, consenting.id] } } })).toBe(0);
  });

  it("the unique (wish, event, channel) refuses a second row for the same message", async () => {
    const wish = await makeWish();
    const { notifications } = await settleWish(staff, { wishId: wish.id, expectedVersion: 0, publicReply: "好" });
    const first = await row(notifications[0]!);
    await expect(
      testDb.prisma.notification.create({
        data: { wishId: wish.id, eventSequence: first.eventSequence, kind: "REPLY", channel: "SMS" },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});

/** A PENDING row as the recorder would write it, without ringing the worker. */
async function pendingRow(options: { deliverAfter?: Date; phone?: string } = {}) {
  const phone = options.phone ?? newPhone();
  const wish = await makeWish({ phone });
  return testDb.prisma.notification.create({
    data: {
      wishId: wish.id,
      eventSequence: 0,
      kind: "RECEIPT",
      channel: "SMS",
      recipientHash: phoneLookupHash(phone),
      deliverAfter: options.deliverAfter ?? new Date(),
    },
    select: { id: true, wishId: true },
  });
}

describe("the receipt", () => {
  it("is written with the wish and its SUBMIT event, once per channel, only with consent to messages", async () => {
    await testDb.prisma.community.upsert({
      where: { slug: "yuandong" },
      create: { slug: "yuandong", name: "园东社区" },
      update: {},
    });
    const values = (extra: Record<string, unknown>) =>
      wishFormSchema.parse({
        kind: "wish",
        content: "小区门口的路灯不亮了，晚上走路看不清。",
        phone: newPhone(),
        email: "resident@example.org",
        consent: "on",
        idempotencyKey: randomUUID(),
        ...extra,
      });
    const consenting = await submitWish(values({ messages: "on" }), { channel: "WEB" });
    const rows = await testDb.prisma.notification.findMany({ where: { wishId: consenting.id } });
    expect(rows.map((r) => [r.kind, r.eventSequence, r.channel]).sort()).toEqual([
      ["RECEIPT", 0, "EMAIL"],
      ["RECEIPT", 0, "SMS"],
    ]);
    const silent = await submitWish(values({}), { channel: "WEB" });
    expect(await testDb.prisma.notification.count({ where: { wishId: silent.id } })).toBe(0);
  });
});

describe("delivery", () => {
  it("skips a resident who unsubscribed after the event", async () => {
    const { id, wishId } = await pendingRow();
    await testDb.prisma.wish.update({ where: { id: wishId }, data: { messagesStoppedAt: new Date() } });
    notifyAfterCommit([id]);
    const skipped = await waitFor(
      () => row(id),
      (r) => r.status === "SKIPPED",
    );
    expect(skipped.lastErrorCode).toBe("unsubscribed");
    expect(deliveriesOf(id)).toHaveLength(0);
  });

  it("retries a 503 with backoff, then sends", async () => {
    const { id } = await pendingRow();
    script.set(id, [503]);
    notifyAfterCommit([id]);
    const waiting = await waitFor(
      () => row(id),
      (r) => r.attempts === 1,
    );
    expect(waiting).toMatchObject({ status: "PENDING", lastErrorCode: "http-503" });
    // The first retry waits 30 s; not sent again before then.
    const wait = waiting.deliverAfter.getTime() - waiting.updatedAt.getTime();
    expect(wait).toBeGreaterThan(29_000);
    expect(wait).toBeLessThan(31_000);
    await worker.sweep();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await row(id)).status).toBe("PENDING");
    // 30 s pass, for this row and for the job that will ring for it then.
    await testDb.prisma.notification.update({ where: { id }, data: { deliverAfter: new Date() } });
    const rung = await testDb.prisma.$executeRaw`
      UPDATE pgboss.job SET start_after = now() WHERE singleton_key = ${id} AND state = 'created'`;
    expect(rung).toBe(1);
    const sent = await waitFor(
      () => row(id),
      (r) => r.status === "SENT",
    );
    expect(sent.attempts).toBe(2);
    expect(sent.lastErrorCode).toBeNull();
    expect(deliveriesOf(id)).toHaveLength(2);
  });

  it("gives up at once on a permanent error (not a mainland mobile)", async () => {
    const { id } = await pendingRow({ phone: "02012345678" });
    notifyAfterCommit([id]);
    const dead = await waitFor(
      () => row(id),
      (r) => r.status === "DEAD",
    );
    expect(dead.lastErrorCode).toBe("invalid-phone");
    expect(deliveriesOf(id)).toHaveLength(0);
  });

  it("is DEAD after the last attempt, and staff's retry sends it, audited", async () => {
    const { id } = await pendingRow();
    await testDb.prisma.notification.update({ where: { id }, data: { attempts: 7 } });
    script.set(id, [400]);
    notifyAfterCommit([id]);
    const dead = await waitFor(
      () => row(id),
      (r) => r.status === "DEAD",
    );
    expect(dead).toMatchObject({ attempts: 8, lastErrorCode: "http-400" });

    await retryNotification(staff, { id });
    const sent = await waitFor(
      () => row(id),
      (r) => r.status === "SENT",
    );
    expect(sent.attempts).toBe(1);
    const audit = await testDb.prisma.auditLog.findFirstOrThrow({
      where: { action: "notification.retry", subjectId: id },
    });
    expect(audit.actorId).toBe(staff.id);
    expect(JSON.stringify(audit.detail)).not.toMatch(/1\d{10}/);
    // A second retry of a row that is no longer DEAD is refused.
    await expect(retryNotification(staff, { id })).rejects.toMatchObject({ name: "NotificationNotRetryableError" });
    // So is a secretary, and an actor of another community.
    await expect(retryNotification({ ...staff, role: "SECRETARY" }, { id })).rejects.toMatchObject({ status: 403 });
    await expect(retryNotification({ ...staff, communityId: randomUUID() }, { id })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("a worker killed mid-send: the lease returns the row, and it goes out once", async () => {
    const { id } = await pendingRow();
    // What a SIGKILL between the claim and the send leaves behind.
    await testDb.prisma.notification.update({
      where: { id },
      data: { status: "SENDING", claimedAt: new Date(Date.now() - 10 * 60_000) },
    });
    await worker.sweep();
    const sent = await waitFor(
      () => row(id),
      (r) => r.status === "SENT",
    );
    expect(sent.claimedAt).toBeNull();
    await worker.sweep();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(deliveriesOf(id)).toHaveLength(1);
  });

  it("a message that outlives every worker's lease ends DEAD, not in a loop", async () => {
    const { id } = await pendingRow();
    await testDb.prisma.notification.update({
      where: { id },
      data: { status: "SENDING", attempts: 7, claimedAt: new Date(Date.now() - 10 * 60_000) },
    });
    await worker.sweep();
    expect(await row(id)).toMatchObject({ status: "DEAD", attempts: 8, lastErrorCode: "lease-expired" });
    expect(deliveriesOf(id)).toHaveLength(0);
  });

  it("a row still inside its lease is left alone", async () => {
    const { id } = await pendingRow();
    await testDb.prisma.notification.update({ where: { id }, data: { status: "SENDING", claimedAt: new Date() } });
    await worker.sweep();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect((await row(id)).status).toBe("SENDING");
    expect(deliveriesOf(id)).toHaveLength(0);
  });

  it("holds a message whose time has not come (quiet hours), then sends it", async () => {
    const at = new Date(Date.now() + 3_000);
    const { id } = await pendingRow({ deliverAfter: at });
    notifyAfterCommit([id]);
    await worker.sweep();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await row(id)).status).toBe("PENDING");
    expect(deliveriesOf(id)).toHaveLength(0);
    // The job waits in the queue until then; no sweep needed.
    const sent = await waitFor(
      () => row(id),
      (r) => r.status === "SENT",
    );
    expect(sent.sentAt!.getTime()).toBeGreaterThanOrEqual(at.getTime());
    expect(deliveriesOf(id)).toHaveLength(1);
  });
});

describe("the outbox page's query", () => {
  it("lists this community's messages by state, with the tracking code and never the phone", async () => {
    const { id } = await pendingRow({ phone: "02012345678" });
    notifyAfterCommit([id]);
    await waitFor(
      () => row(id),
      (r) => r.status === "DEAD",
    );
    const { rows, counts } = await listOutbox(staff, "DEAD");
    expect(rows.map((r) => r.id)).toContain(id);
    expect(rows.every((r) => r.status === "DEAD")).toBe(true);
    expect(counts.DEAD).toBeGreaterThanOrEqual(1);
    expect(counts.SENT).toBeGreaterThanOrEqual(1);
    const listed = JSON.stringify(rows);
    expect(listed).not.toContain("02012345678");
    expect(listed).not.toMatch(/138\d{8}/);
    // Another community sees none of them.
    const elsewhere = await listOutbox({ ...staff, communityId: randomUUID() }, null);
    expect(elsewhere.rows).toEqual([]);
    await expect(listOutbox({ ...staff, role: "SECRETARY" }, null)).rejects.toMatchObject({ status: 403 });
  });
});
