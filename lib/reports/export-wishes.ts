// CSV export of the filtered wishes, streamed: rows are read in keyset batches
// (createdAt, id — the inbox index) that PostgreSQL renders as CSV text, and
// written batch by batch, so memory stays flat however many wishes match.
// Personal columns (decrypted name and phone) only when the role may export them
// AND the request asks for them. Every export is logged (filter and whether
// personal data was included; never the data itself).
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { isUuid } from "@/lib/uuid";
import { CSV_BOM, CSV_EOL, csvCell, csvRow } from "./csv";
import { csvIntCellSql, csvLineSql, csvStampCellSql, csvTextCellSql } from "./csv-sql";
import { filterDetail, type ExportFilter } from "./export-filter";
import { periodBounds, shanghaiDayStart } from "./report-scope";

const EXPORT_BATCH_SIZE = 1000;

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

// The base columns' cells, computed in SQL (./csv-sql.ts), in BASE_COLUMNS order.
const BASE_LINE = csvLineSql([
  csvTextCellSql(Prisma.sql`w."trackingCode"`),
  csvStampCellSql(Prisma.sql`w."createdAt"`),
  csvTextCellSql(Prisma.sql`w.kind::text`),
  csvTextCellSql(Prisma.sql`w.category::text`),
  csvTextCellSql(Prisma.sql`w.channel::text`),
  csvTextCellSql(Prisma.sql`w.status::text`),
  csvTextCellSql(Prisma.sql`m.slug`),
  csvIntCellSql(Prisma.sql`s.number`),
  csvTextCellSql(Prisma.sql`w.content`),
  csvTextCellSql(Prisma.sql`w."publicReply"`),
  csvTextCellSql(Prisma.sql`o.name`),
  csvTextCellSql(Prisma.sql`w."referralDepartment"`),
  csvStampCellSql(Prisma.sql`w."referralDueAt"`),
  csvStampCellSql(Prisma.sql`w."firstReplyAt"`),
  csvStampCellSql(Prisma.sql`w."settledAt"`),
  csvStampCellSql(Prisma.sql`w."replyDueAt"`),
  csvIntCellSql(Prisma.sql`w.satisfaction`),
]);

/** One batch: its CSV text, or (personal) its lines and sealed contact details. */
interface BatchRow {
  count: number;
  text: string | null;
  lines: string[] | null;
  names: (string | null)[] | null;
  phones: (string | null)[] | null;
  lastCreatedAt: Date | null;
  lastId: string | null;
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

/** The batch's lines with the decrypted name and phone cells appended. */
function personalText(batch: BatchRow): string {
  const lines = batch.lines ?? [];
  let text = "";
  for (let i = 0; i < lines.length; i++) {
    const name = csvCell(decryptOrEmpty(batch.names?.[i] ?? null));
    const phone = csvCell(decryptOrEmpty(batch.phones?.[i] ?? null));
    text += `${lines[i]},${name},${phone}${CSV_EOL}`;
  }
  return text;
}

/** The filter as SQL conditions on "Wish" w; every value a parameter. */
function exportConditions(communityId: string, filter: ExportFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`w."communityId" = ${communityId}::uuid`];
  if (filter.state) where.push(Prisma.sql`w.status = ${filter.state}::"WishStatus"`);
  if (filter.kind) where.push(Prisma.sql`w.kind = ${filter.kind}::"WishKind"`);
  if (filter.category) where.push(Prisma.sql`w.category = ${filter.category}::"WishCategory"`);
  if (filter.marketDay) {
    where.push(
      isUuid(filter.marketDay)
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
 * route streams it; the benchmark drains it to measure memory. Each batch is one
 * round trip that returns the batch already as CSV text (personal exports: as
 * lines, since only the app can decrypt names and phones), plus the keyset cursor.
 */
export async function* wishCsvChunks(
  communityId: string,
  filter: ExportFilter,
  personal: boolean,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<string, void> {
  yield CSV_BOM + csvRow(personal ? [...BASE_COLUMNS, ...PERSONAL_COLUMNS] : [...BASE_COLUMNS]);
  const conditions = exportConditions(communityId, filter);
  // Sealed contact details are read only for an export that includes them.
  const sealed = personal ? Prisma.sql`w."nameEnc", w."phoneEnc",` : Prisma.empty;
  const order = Prisma.sql`ORDER BY p."createdAt" DESC, p.id DESC`;
  const output = personal
    ? Prisma.sql`NULL AS text, array_agg(p.line ${order}) AS lines,
        array_agg(p."nameEnc" ${order}) AS names, array_agg(p."phoneEnc" ${order}) AS phones`
    : Prisma.sql`string_agg(p.line || ${CSV_EOL}, '' ${order}) AS text, NULL AS lines, NULL AS names, NULL AS phones`;
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const where: Prisma.Sql[] = cursor
      ? [...conditions, Prisma.sql`(w."createdAt", w.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`]
      : conditions;
    const batches: BatchRow[] = await db.$queryRaw<BatchRow[]>`
      WITH p AS MATERIALIZED (
        SELECT w.id, w."createdAt", ${sealed} ${BASE_LINE} AS line
          FROM "Wish" w
          LEFT JOIN "MarketDay" m ON m.id = w."marketDayId"
          LEFT JOIN "Stall" s ON s.id = w."stallId"
          LEFT JOIN "Organization" o ON o.id = w."referralOrgId"
         WHERE ${Prisma.join(where, " AND ")}
         ORDER BY w."createdAt" DESC, w.id DESC
         LIMIT ${batchSize}::int
      )
      SELECT count(*)::int AS count, ${output},
             (array_agg(p."createdAt" ORDER BY p."createdAt", p.id))[1] AS "lastCreatedAt",
             (array_agg(p.id ORDER BY p."createdAt", p.id))[1] AS "lastId"
        FROM p`;
    const batch = batches[0];
    if (!batch || batch.count === 0) return;
    yield personal ? personalText(batch) : (batch.text ?? "");
    if (batch.count < batchSize || !batch.lastCreatedAt || !batch.lastId) return;
    cursor = { createdAt: batch.lastCreatedAt, id: batch.lastId };
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
): Promise<{ personal: boolean; chunks: AsyncGenerator<string, void> }> {
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
