// CSV export of the filtered wishes, streamed: rows are read in keyset batches
// (createdAt, id — the inbox index) and written batch by batch, so memory stays
// flat however many wishes match. Personal columns (decrypted name and phone) only
// when the role may export them AND the request asks for them. Every export is
// logged (filter and whether personal data was included; never the data itself).
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { CSV_BOM, csvRow, type CsvValue } from "./csv";
import { filterDetail, UUID, type ExportFilter } from "./export-filter";
import { periodBounds, shanghaiDayStart } from "./report-scope";

export const EXPORT_BATCH_SIZE = 1000;

const BASE_COLUMNS = [
  "tracking_code",
  "created_at",
  "kind",
  "category",
  "channel",
  "status",
  "market_day",
  "stall_number",
  "content",
  "public_reply",
  "referral_organization",
  "referral_department",
  "referral_due_at",
  "first_reply_at",
  "settled_at",
  "reply_due_at",
  "satisfaction",
] as const;
const PERSONAL_COLUMNS = ["name", "phone"] as const;

/** Shanghai wall time "2023-05-26 10:15", what the subdistrict reads. */
export function shanghaiStamp(instant: Date | null): string | null {
  return instant ? new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ") : null;
}

interface ExportRow {
  id: string;
  trackingCode: string;
  createdAt: Date;
  kind: string;
  category: string;
  channel: string;
  status: string;
  content: string;
  publicReply: string | null;
  referralDepartment: string | null;
  referralDueAt: Date | null;
  firstReplyAt: Date | null;
  settledAt: Date | null;
  replyDueAt: Date;
  satisfaction: number | null;
  nameEnc: string | null;
  phoneEnc: string | null;
  marketDaySlug: string | null;
  stallNumber: number | null;
  referralOrgName: string | null;
}

function decryptOrEmpty(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return decryptPersonal(sealed);
  } catch {
    // A row sealed with a rotated key must not abort the export.
    return null;
  }
}

function cells(row: ExportRow, personal: boolean): CsvValue[] {
  const base: CsvValue[] = [
    row.trackingCode,
    shanghaiStamp(row.createdAt),
    row.kind,
    row.category,
    row.channel,
    row.status,
    row.marketDaySlug,
    row.stallNumber,
    row.content,
    row.publicReply,
    row.referralOrgName,
    row.referralDepartment,
    shanghaiStamp(row.referralDueAt),
    shanghaiStamp(row.firstReplyAt),
    shanghaiStamp(row.settledAt),
    shanghaiStamp(row.replyDueAt),
    row.satisfaction,
  ];
  return personal ? [...base, decryptOrEmpty(row.nameEnc), decryptOrEmpty(row.phoneEnc)] : base;
}

/** The filter as SQL conditions on "Wish" w; every value a parameter. */
export function exportConditions(communityId: string, filter: ExportFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`w."communityId" = ${communityId}::uuid`];
  if (filter.state) where.push(Prisma.sql`w.status = ${filter.state}::"WishStatus"`);
  if (filter.kind) where.push(Prisma.sql`w.kind = ${filter.kind}::"WishKind"`);
  if (filter.category) where.push(Prisma.sql`w.category = ${filter.category}::"WishCategory"`);
  if (filter.marketDay) {
    where.push(
      UUID.test(filter.marketDay)
        ? Prisma.sql`w."marketDayId" = ${filter.marketDay}::uuid`
        : Prisma.sql`w."marketDayId" = (SELECT id FROM "MarketDay" WHERE slug = ${filter.marketDay})`,
    );
  }
  if (filter.from) where.push(Prisma.sql`w."createdAt" >= ${shanghaiDayStart(filter.from)}`);
  if (filter.to) where.push(Prisma.sql`w."createdAt" < ${periodBounds(filter.to, filter.to).end}`);
  return where;
}

/**
 * The CSV text in chunks (BOM + header first, then one chunk per batch). The
 * route streams it; the benchmark drains it to measure memory. Plain SQL rather
 * than Prisma's nested selects: one round trip per batch and flat rows, which
 * keeps both the time and the garbage per batch small.
 */
export async function* wishCsvChunks(
  communityId: string,
  filter: ExportFilter,
  personal: boolean,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(personal ? [...BASE_COLUMNS, ...PERSONAL_COLUMNS] : [...BASE_COLUMNS]);
  const conditions = exportConditions(communityId, filter);
  const personalColumns = personal ? Prisma.sql`w."nameEnc", w."phoneEnc"` : Prisma.sql`NULL AS "nameEnc", NULL AS "phoneEnc"`;
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const where: Prisma.Sql[] = cursor
      ? [...conditions, Prisma.sql`(w."createdAt", w.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`]
      : conditions;
    const page: ExportRow[] = await db.$queryRaw<ExportRow[]>`
      SELECT w.id, w."trackingCode", w."createdAt", w.kind::text AS kind, w.category::text AS category,
             w.channel::text AS channel, w.status::text AS status, w.content, w."publicReply",
             w."referralDepartment", w."referralDueAt", w."firstReplyAt", w."settledAt", w."replyDueAt",
             w.satisfaction::int AS satisfaction, ${personalColumns},
             m.slug AS "marketDaySlug", s.number AS "stallNumber", o.name AS "referralOrgName"
        FROM "Wish" w
        LEFT JOIN "MarketDay" m ON m.id = w."marketDayId"
        LEFT JOIN "Stall" s ON s.id = w."stallId"
        LEFT JOIN "Organization" o ON o.id = w."referralOrgId"
       WHERE ${Prisma.join(where, " AND ")}
       ORDER BY w."createdAt" DESC, w.id DESC
       LIMIT ${batchSize}::int`;
    if (page.length === 0) return;
    yield page.map((row) => csvRow(cells(row, personal))).join("");
    if (page.length < batchSize) return;
    const last = page[page.length - 1]!;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}

export interface ExportRequest {
  filter: ExportFilter;
  /** The request asked for names and phones. */
  wantsPersonal: boolean;
  ipKey?: string;
}

/**
 * Checks the permission, logs the export, and returns the chunks to stream.
 * Personal data is included only when both the role allows it and it was asked for.
 */
export async function startWishExport(
  actor: Actor | null,
  request: ExportRequest,
): Promise<{ personal: boolean; chunks: AsyncGenerator<string> }> {
  assertCan(actor, "report.export");
  const personal = request.wantsPersonal && can(actor.role, "report.exportPersonal");
  await recordAudit({
    action: "report.export",
    communityId: actor.communityId,
    actorId: actor.id,
    subjectType: "wish",
    ipKey: request.ipKey,
    detail: { filter: filterDetail(request.filter), personal, requestedPersonal: request.wantsPersonal },
  });
  return { personal, chunks: wishCsvChunks(actor.communityId, request.filter, personal) };
}
