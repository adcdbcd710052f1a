// The CSV export renders cells in SQL (lib/reports/csv-sql.ts) for memory's sake.
// Here every exported line must equal what csvRow() in TypeScript makes of the
// same wish, on hostile text: formula starts, quotes, commas, CR/LF, tabs, Chinese,
// in every text column and in the personal columns the app decrypts.
import { randomBytes, randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { CSV_BOM, CSV_EOL, csvRow } from "@/lib/reports/csv";
import { parseExportFilter } from "@/lib/reports/export-filter";
import { wishCsvChunks } from "@/lib/reports/export-wishes";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

const testDb = await useTestDatabase();

const hostile = fc.string({
  unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "'", " ", "a", "Z", "1", "心", "愿", "；"),
  maxLength: 8,
});
const texts = fc.sample(hostile, { numRuns: 120, seed: 20261129 });
const text = (i: number) => texts[i % texts.length]!;

/** What the subdistrict reads: Shanghai wall time, to the minute. */
const stamp = (instant: Date | null) =>
  instant ? new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ") : null;

let communityId: string;

beforeAll(async () => {
  const community = await testDb.prisma.community.create({ data: { slug: `csv-${randomUUID()}`, name: "导出社区" } });
  communityId = community.id;
  const org = await testDb.prisma.organization.create({ data: { communityId, name: '=单位,"一"\n', type: "COMPANY" } });
  const day = await testDb.prisma.marketDay.create({
    data: {
      communityId,
      slug: `csv-day-${randomUUID()}`,
      title: "市集",
      theme: "服务",
      place: "广场",
      startsAt: new Date(),
      endsAt: new Date(),
      status: "PUBLISHED",
    },
  });
  const stall = await testDb.prisma.stall.create({
    data: { communityId, marketDayId: day.id, key: "k", number: 7, name: "摊位", category: "LEGAL" },
  });
  const t0 = new Date("2025-05-26T02:15:30.123Z");
  for (let i = 0; i < 60; i++) {
    const createdAt = new Date(t0.getTime() + i * 3_600_000 + (i % 7) * 1000);
    await testDb.prisma.wish.create({
      data: {
        communityId,
        trackingCode: `CSV${i}${randomBytes(3).toString("hex")}`.toUpperCase(),
        idempotencyKey: randomUUID(),
        kind: i % 2 ? "WISH" : "OPINION",
        category: "OTHER",
        content: text(i) || "空",
        publicReply: i % 3 ? text(i + 40) : null,
        referralDepartment: i % 4 ? text(i + 80) : null,
        referralOrgId: i % 5 ? null : org.id,
        referralDueAt: i % 5 ? null : new Date(createdAt.getTime() + 14 * 86_400_000),
        marketDayId: i % 2 ? day.id : null,
        stallId: i % 4 === 1 ? stall.id : null,
        firstReplyAt: i % 3 ? new Date(createdAt.getTime() + 59_999) : null,
        settledAt: i % 6 === 1 ? new Date(createdAt.getTime() + 86_399_999) : null,
        status: i % 6 === 1 ? "SETTLED" : "SUBMITTED",
        satisfaction: i % 6 === 1 ? (i % 5) + 1 : null,
        nameEnc: i % 2 ? encryptPersonal(text(i + 7) || "名") : null,
        phoneEnc: i % 3 ? encryptPersonal(`=139${String(i).padStart(8, "0")}`) : null,
        replyDueAt: new Date(createdAt.getTime() + 48 * 3_600_000),
        createdAt,
      },
    });
  }
});

async function exported(personal: boolean, batchSize: number): Promise<string> {
  let out = "";
  for await (const chunk of wishCsvChunks(communityId, parseExportFilter({}), personal, batchSize)) out += chunk;
  return out;
}

async function expected(personal: boolean): Promise<string> {
  const { decryptPersonal } = await import("@/lib/privacy/personal-data");
  const wishes = await testDb.prisma.wish.findMany({
    where: { communityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { marketDay: true, stall: true, referralOrg: true },
  });
  return wishes
    .map((w) => {
      const base = [
        w.trackingCode,
        stamp(w.createdAt),
        w.kind,
        w.category,
        w.channel,
        w.status,
        w.marketDay?.slug,
        w.stall?.number,
        w.content,
        w.publicReply,
        w.referralOrg?.name,
        w.referralDepartment,
        stamp(w.referralDueAt),
        stamp(w.firstReplyAt),
        stamp(w.settledAt),
        stamp(w.replyDueAt),
        w.satisfaction,
        w.ratingSource,
        w.firstReplyAt && w.firstReplyAt <= w.replyDueAt ? "yes" : "no",
        w.status === "SETTLED"
          ? w.settledAt && w.settledAt <= (w.referralDueAt ?? w.replyDueAt)
            ? "yes"
            : "no"
          : null,
      ];
      const open = (sealed: string | null) => (sealed ? decryptPersonal(sealed) : null);
      return csvRow(personal ? [...base, open(w.nameEnc), open(w.phoneEnc)] : base);
    })
    .join("");
}

describe("CSV cells rendered by PostgreSQL", () => {
  it("are exactly csvRow() of the same wishes, in batches of any size", async () => {
    const want = await expected(false);
    expect(want).toContain("'="); // the data does hold formula starts and quotes
    expect(want).toContain('""');
    for (const batchSize of [1, 7, 1000]) {
      const text = await exported(false, batchSize);
      expect(text.startsWith(CSV_BOM + "tracking_code,")).toBe(true);
      expect(text.slice(text.indexOf(CSV_EOL) + CSV_EOL.length)).toBe(want);
    }
  });

  it("append the decrypted name and phone as csvRow() would", async () => {
    const want = await expected(true);
    for (const batchSize of [7, 1000]) {
      const text = await exported(true, batchSize);
      expect(text.slice(0, text.indexOf(CSV_EOL))).toMatch(/,name,phone$/);
      expect(text.slice(text.indexOf(CSV_EOL) + CSV_EOL.length)).toBe(want);
    }
  });
});
