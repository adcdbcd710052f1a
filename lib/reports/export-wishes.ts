// CSV export of the filtered wishes, streamed: rows are read in keyset batches
// (createdAt, id — the inbox index) that PostgreSQL renders as CSV text, and
// written batch by batch, so memory stays flat however many wishes match.
// Personal columns (decrypted name and phone) only when the role may export them
// AND the request asks for them. Every export is logged (filter and whether
// personal data was included; never the data itself).
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
// The rows come from the replica when there is one (lib/db/replica.ts); the
// audit row of the export is a write and goes to the primary (recordAudit).
import { replicaDb } from "@/lib/db/replica";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { assertRecentReauthentication } from "@/lib/auth/reauthenticate-staff";
import { isUuid } from "@/lib/uuid";
import { CSV_BOM, CSV_EOL, csvCell, csvRow } from "./csv";
import { csvIntCellSql, csvLineSql, csvStampCellSql, csvTextCellSql } from "./csv-sql";
import { filterDetail, type ExportFilter } from "./export-filter";
import {
  BASE_COLUMNS,
  CODE_COLUMNS,
  exportLabels,
  PERSONAL_COLUMNS,
  type ExportLabels,
  type ExportLanguage,
} from "./export-labels";
import { periodBounds, shanghaiDayStart } from "./report-scope";

const EXPORT_BATCH_SIZE = 1000;

/** `CASE expr WHEN code THEN label … ELSE expr END`: enum names as the export's words. */
function labelled(expr: Prisma.Sql, labels: Record<string, string> | undefined): Prisma.Sql {
  const whens = Object.entries(labels ?? {}).map(([code, label]) => Prisma.sql`WHEN ${code} THEN ${label}`);
  return whens.length === 0 ? expr : Prisma.sql`(CASE ${expr} ${Prisma.join(whens, " ")} ELSE ${expr} END)`;
}

// The on-time conditions of ./rate-sql.ts, on the export's "w" alias.
const REPLIED_ON_TIME_W = Prisma.sql`w."firstReplyAt" IS NOT NULL AND w."firstReplyAt" <= w."replyDueAt"`;
const SETTLED_ON_TIME_W = Prisma.sql`w.status = 'SETTLED' AND w."settledAt" IS NOT NULL
  AND w."settledAt" <= coalesce(w."referralDueAt", w."replyDueAt")`;
const onTime = (condition: Prisma.Sql) => Prisma.sql`(CASE WHEN ${condition} THEN 'yes' ELSE 'no' END)`;

// The base columns' cells, computed in SQL (./csv-sql.ts), in BASE_COLUMNS order.
function baseLine(labels: ExportLabels): Prisma.Sql {
  const v = labels.values;
  const en = labels.language === "en";
  // A market day by its title for people, by its slug for programs.
  const marketDay =
    labels.language === "codes"
      ? Prisma.sql`m.slug`
      : en
        ? Prisma.sql`coalesce(m."titleEn", m.title)`
        : Prisma.sql`m.title`;
  return csvLineSql([
    csvTextCellSql(Prisma.sql`w."trackingCode"`),
    csvStampCellSql(Prisma.sql`w."createdAt"`),
    csvTextCellSql(labelled(Prisma.sql`w.kind::text`, v?.kind)),
    csvTextCellSql(labelled(Prisma.sql`w.category::text`, v?.category)),
    csvTextCellSql(labelled(Prisma.sql`w.channel::text`, v?.channel)),
    csvTextCellSql(labelled(Prisma.sql`w.status::text`, v?.status)),
    csvTextCellSql(marketDay),
    csvIntCellSql(Prisma.sql`s.number`),
    csvTextCellSql(Prisma.sql`w.content`),
    csvTextCellSql(Prisma.sql`w."publicReply"`),
    csvTextCellSql(en ? Prisma.sql`coalesce(o."nameEn", o.name)` : Prisma.sql`o.name`),
    csvTextCellSql(Prisma.sql`w."referralDepartment"`),
    csvStampCellSql(Prisma.sql`w."referralDueAt"`),
    csvStampCellSql(Prisma.sql`w."firstReplyAt"`),
    csvStampCellSql(Prisma.sql`w."settledAt"`),
    csvStampCellSql(Prisma.sql`w."replyDueAt"`),
    csvIntCellSql(Prisma.sql`w.satisfaction`),
    csvTextCellSql(labelled(Prisma.sql`w."ratingSource"::text`, v?.ratingSource)),
    csvTextCellSql(labelled(onTime(REPLIED_ON_TIME_W), v?.onTime)),
    // Empty while not settled: on time or late only means something once settled.
    csvTextCellSql(
      labelled(Prisma.sql`CASE WHEN w.status = 'SETTLED' THEN ${onTime(SETTLED_ON_TIME_W)} END`, v?.onTime),
    ),
  ]);
}

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
  labels: ExportLabels = { language: "codes", columns: CODE_COLUMNS, values: null },
): AsyncGenerator<string, void> {
  const columns = personal ? [...BASE_COLUMNS, ...PERSONAL_COLUMNS] : [...BASE_COLUMNS];
  yield CSV_BOM + csvRow(columns.map((c) => labels.columns[c]));
  const line = baseLine(labels);
  const conditions = exportConditions(communityId, filter);
  // Sealed contact details are read only for an export that includes them.
  const sealed = personal ? Prisma.sql`w."nameEnc", w."phoneEnc",` : Prisma.empty;
  const order = Prisma.sql`ORDER BY p."createdAt" DESC, p.id DESC`;
  const output = personal
    ? Prisma.sql`NULL AS text, array_agg(p.line ${order}) AS lines,
        array_agg(p."nameEnc" ${order}) AS names, array_agg(p."phoneEnc" ${order}) AS phones`
    : Prisma.sql`string_agg(p.line || ${CSV_EOL}, '' ${order}) AS text, NULL AS lines, NULL AS names, NULL AS phones`;
  // One client for every batch: a replica changed mid-export would mix two sources.
  const reader = replicaDb();
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const where: Prisma.Sql[] = cursor
      ? [...conditions, Prisma.sql`(w."createdAt", w.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`]
      : conditions;
    const batches: BatchRow[] = await reader.$queryRaw<BatchRow[]>`
      WITH p AS MATERIALIZED (
        SELECT w.id, w."createdAt", ${sealed} ${line} AS line
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
  /** Column names and labels: Chinese unless asked otherwise. */
  language?: ExportLanguage;
  /** The request asked for names and phones. */
  wantsPersonal: boolean;
  ipKey?: string;
}

/**
 * Checks the permission, logs the export, and returns the chunks to stream.
 * Personal data is included only when both the role allows it and it was asked for,
 * and then only after a recent re-authentication (else ReauthenticationRequired, a 403).
 */
export async function startWishExport(
  actor: (Actor & { sessionId?: string }) | null,
  request: ExportRequest,
): Promise<{ personal: boolean; chunks: AsyncGenerator<string, void> }> {
  assertCan(actor, "report.export");
  const personal = request.wantsPersonal && can(actor.role, "report.exportPersonal");
  // Names and phones only after the password was entered again in this session
  // within five minutes: an unattended session cannot take the residents' data.
  if (personal) await assertRecentReauthentication(actor);
  await recordAudit({
    action: "report.export",
    communityId: actor.communityId,
    actorId: actor.id,
    subjectType: "wish",
    ipKey: request.ipKey,
    detail: { filter: filterDetail(request.filter), personal, requestedPersonal: request.wantsPersonal },
  });
  const labels = await exportLabels(request.language ?? "zh-CN");
  return { personal, chunks: wishCsvChunks(actor.communityId, request.filter, personal, EXPORT_BATCH_SIZE, labels) };
}
