// The staff inbox: one community's wishes, most urgent first (inbox-order.ts),
// then newest first, filtered, in pages of 25.
//
// Written as SQL (composed with Prisma.sql, every value a parameter) because the
// page must stay fast at a million wishes and Prisma's `contains` neither escapes
// LIKE wildcards nor lets us state the keyset as a row comparison:
// - keyset on (rank, createdAt, id), the rank ascending and the rest descending, matching the indexes
//   (communityId, createdAt DESC, id DESC) and (communityId, status, createdAt DESC,
//   id DESC): page 200 costs what page 1 costs, and no row is skipped or repeated
//   when wishes arrive between two pages;
// - the content search is `ILIKE '%…%'` with %, _ and \ escaped, which the trigram
//   GIN index "Wish_content_trgm_idx" can serve;
// - only the columns a row shows are read, the content cut to a preview in SQL.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { decryptPersonal, maskPhone } from "@/lib/privacy/personal-data";
import { INBOX_PAGE_SIZE, likeContains, type InboxCursor, type InboxFilter } from "./inbox-filter";
import { isNeededSoon, overdueDays, startOfShanghaiDay, urgencyRank, urgentBranches, urgentSql } from "./inbox-order";
import { isWishOverdue, overdueSql } from "./overdue";

const PREVIEW_CHARS = 80;

export interface InboxRow {
  id: string;
  trackingCode: string;
  kind: WishKind;
  /** Null until staff categorise it (residents may leave it to them). */
  category: WishCategory | null;
  status: WishStatus;
  /** The first PREVIEW_CHARS characters of the content. */
  preview: string;
  truncated: boolean;
  marketDay: { id: string; title: string; titleEn: string | null } | null;
  stall: { id: string; number: number; name: string; nameEn: string | null } | null;
  createdAt: Date;
  replyDueAt: Date;
  referralDueAt: Date | null;
  /** When help is needed (assistance requests). */
  neededAt: Date | null;
  /** Help is needed within 24 hours: flagged on the card. */
  neededSoon: boolean;
  /** Not overdue, but due before the end of today (or help needed within 24 hours). */
  dueToday: boolean;
  /** Whole days past due ("超期 N 天"); null when not overdue. */
  overdueDays: number | null;
  hasReply: boolean;
  overdue: boolean;
  /** 138****5678, or *******5678 when only the last four digits can be read; null without a phone. */
  maskedPhone: string | null;
}

export interface InboxPage {
  rows: InboxRow[];
  /** Cursor of the next page; null on the last one. */
  next: InboxCursor | null;
}

interface RawRow {
  id: string;
  trackingCode: string;
  kind: WishKind;
  /** Null until staff categorise it (residents may leave it to them). */
  category: WishCategory | null;
  status: WishStatus;
  preview: string;
  truncated: boolean;
  marketDayId: string | null;
  marketDayTitle: string | null;
  marketDayTitleEn: string | null;
  stallId: string | null;
  stallNumber: number | null;
  stallName: string | null;
  stallNameEn: string | null;
  createdAt: Date;
  replyDueAt: Date;
  referralDueAt: Date | null;
  neededAt: Date | null;
  rank: number;
  firstReplyAt: Date | null;
  hasReply: boolean;
  phoneLast4: string | null;
  phoneEnc: string | null;
}

/** Every condition of the filter except the state and the cursor, for the list and the counts. */
function baseConditions(communityId: string, filter: InboxFilter, now: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`w."communityId" = ${communityId}::uuid`];
  if (filter.kind) where.push(Prisma.sql`w.kind = ${filter.kind}::"WishKind"`);
  if (filter.category) where.push(Prisma.sql`w.category = ${filter.category}::"WishCategory"`);
  if (filter.marketDay) where.push(Prisma.sql`w."marketDayId" = ${filter.marketDay}::uuid`);
  if (filter.stall) where.push(Prisma.sql`w."stallId" = ${filter.stall}::uuid`);
  if (filter.overdue) where.push(overdueSql(now));
  if (filter.reply === "with") where.push(Prisma.sql`w."publicReply" IS NOT NULL`);
  if (filter.reply === "without") where.push(Prisma.sql`w."publicReply" IS NULL`);
  if (filter.wall === "pending") where.push(Prisma.sql`w."isPublic" AND w."wallStatus" = 'PENDING'::"WallStatus"`);
  // Exact phone: the keyed hash, indexed; the phone is never stored in clear.
  if (filter.phoneHash !== undefined) where.push(Prisma.sql`w."phoneHash" = ${filter.phoneHash}`);
  if (filter.q) {
    // pg_trgm needs three characters to use its index. For one or two (理发) the
    // GIN index would be read whole; walking the newest-first index and testing
    // each row finds a common word's first 25 rows far sooner, so the index is
    // kept out of the plan on purpose.
    where.push(
      [...filter.q].length >= 3
        ? Prisma.sql`w.content ILIKE ${likeContains(filter.q)}`
        : Prisma.sql`(w.content || '') ILIKE ${likeContains(filter.q)}`,
    );
  }
  return where;
}

/**
 * States no wish matching the filter can be in, by the life cycle's invariants:
 * only SUBMITTED and REFERRED wishes can be overdue, every DECIDED or SETTLED
 * wish has a reply and no SUBMITTED wish has one. Those are answered without a query; an
 * index walk over 700,000 settled wishes to find none would be the slowest
 * thing on the page.
 */
function impossibleStates(filter: InboxFilter): Set<WishStatus> {
  const out = new Set<WishStatus>();
  if (filter.overdue) for (const s of ["ESCALATED", "DECIDED", "SETTLED", "REOPENED", "DUPLICATE"] as const) out.add(s);
  if (filter.reply === "without") for (const s of ["DECIDED", "SETTLED"] as const) out.add(s);
  if (filter.reply === "with") out.add("SUBMITTED");
  return out;
}

/** The phone as a list shows it: decrypted only to mask it, never returned whole. */
function listPhone(phoneEnc: string | null, last4: string | null): string | null {
  if (!phoneEnc) return maskPhone(null, last4);
  try {
    return maskPhone(decryptPersonal(phoneEnc), last4);
  } catch {
    // A row sealed with a rotated-out key still lists, with the digits we know.
    return maskPhone(null, last4);
  }
}

/** The columns a row shows, from "Wish" aliased `w`, with its urgency rank. */
function rowColumns(rank: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`w.id, w."trackingCode", w.kind, w.category, w.status,
    left(w.content, ${PREVIEW_CHARS}::int) AS preview,
    char_length(w.content) > ${PREVIEW_CHARS}::int AS truncated,
    w."marketDayId", w."stallId", w."createdAt", w."replyDueAt", w."referralDueAt", w."neededAt",
    w."firstReplyAt", w."publicReply" IS NOT NULL AS "hasReply", w."phoneLast4", w."phoneEnc", ${rank} AS rank`;
}

/**
 * The page's rows, cut on "Wish" alone, as stages run one after the other. The
 * default order is by urgency (inbox-order.ts): first the few urgent wishes,
 * each branch reading at most one page through its index, merged; then, only
 * when they do not fill the page, the rest. The rest is a walk that skips every
 * urgent wish, so it is left out whenever the urgent ones fill the page: when
 * most referred wishes are overdue (the bench's million rows) a filter on
 * "referred" or "overdue" would otherwise walk every one of them to find
 * nothing (186 and 900 ms measured). "needed" lists assistance requests by when
 * help is needed, from the start of today, in one stage.
 */
function pageStages(where: Prisma.Sql[], filter: InboxFilter, now: Date): Prisma.Sql[] {
  const limit = INBOX_PAGE_SIZE + 1;
  const cursor = filter.cursor;
  if (filter.sort === "needed") {
    const conditions = [...where, Prisma.sql`w."neededAt" >= ${startOfShanghaiDay(now)}::timestamptz`];
    if (cursor)
      conditions.push(Prisma.sql`(w."neededAt", w.id) > (${new Date(cursor.at)}::timestamptz, ${cursor.id}::uuid)`);
    return [
      Prisma.sql`SELECT ${rowColumns(Prisma.sql`0`)} FROM "Wish" w WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY w."neededAt", w.id LIMIT ${limit}::int`,
    ];
  }
  const after = (rank: number) =>
    cursor?.rank === rank
      ? [Prisma.sql`(w."createdAt", w.id) < (${new Date(cursor.at)}::timestamptz, ${cursor.id}::uuid)`]
      : [];
  const branch = (rank: number, conditions: Prisma.Sql[]) =>
    Prisma.sql`(SELECT ${rowColumns(Prisma.sql`${rank}::int`)} FROM "Wish" w
      WHERE ${Prisma.join([...where, ...conditions, ...after(rank)], " AND ")}
      ORDER BY w."createdAt" DESC, w.id DESC LIMIT ${limit}::int)`;
  const merged = (branches: Prisma.Sql[]) =>
    Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) u
    ORDER BY u.rank, u."createdAt" DESC, u.id DESC LIMIT ${limit}::int`;
  // Branches of a rank before the cursor's are done.
  const urgent = urgentBranches(now)
    .filter((b) => !cursor || b.rank >= cursor.rank)
    .map((b) => branch(b.rank, [b.where]));
  const rest = branch(2, [Prisma.sql`NOT ${urgentSql(now)}`]);
  // Every overdue wish is urgent (rank 0): with that filter the rest is empty by definition.
  if (filter.overdue) return urgent.length ? [merged(urgent)] : [];
  return urgent.length ? [merged(urgent), merged([rest])] : [merged([rest])];
}

export async function listInbox(actor: Actor | null, filter: InboxFilter, now: Date = new Date()): Promise<InboxPage> {
  assertCan(actor, "wish.view");
  if (filter.state && impossibleStates(filter).has(filter.state)) return { rows: [], next: null };
  const where = baseConditions(actor.communityId, filter, now);
  if (filter.state) where.push(Prisma.sql`w.status = ${filter.state}::"WishStatus"`);
  const raw: RawRow[] = [];
  for (const stage of pageStages(where, filter, now)) {
    // The joins run for 26 rows only.
    raw.push(
      ...(await db.$queryRaw<RawRow[]>`
      SELECT p.*, m.title AS "marketDayTitle", m."titleEn" AS "marketDayTitleEn",
             s.number AS "stallNumber", s.name AS "stallName", s."nameEn" AS "stallNameEn"
        FROM (${stage}) p
        LEFT JOIN "MarketDay" m ON m.id = p."marketDayId"
        LEFT JOIN "Stall" s ON s.id = p."stallId"`),
    );
    // A full page and one more (the next page's first) is all the page needs.
    if (raw.length > INBOX_PAGE_SIZE) break;
  }
  const key = (r: RawRow) => (filter.sort === "needed" ? (r.neededAt?.getTime() ?? 0) : r.createdAt.getTime());
  raw.sort((a, b) =>
    filter.sort === "needed"
      ? key(a) - key(b) || (a.id < b.id ? -1 : 1)
      : a.rank - b.rank || key(b) - key(a) || (a.id < b.id ? 1 : -1),
  );
  const page = raw.slice(0, INBOX_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({
      id: r.id,
      trackingCode: r.trackingCode,
      kind: r.kind,
      category: r.category,
      status: r.status,
      preview: r.preview,
      truncated: r.truncated,
      marketDay:
        r.marketDayId && r.marketDayTitle !== null
          ? { id: r.marketDayId, title: r.marketDayTitle, titleEn: r.marketDayTitleEn }
          : null,
      stall:
        r.stallId && r.stallName !== null && r.stallNumber !== null
          ? { id: r.stallId, number: r.stallNumber, name: r.stallName, nameEn: r.stallNameEn }
          : null,
      createdAt: r.createdAt,
      replyDueAt: r.replyDueAt,
      referralDueAt: r.referralDueAt,
      neededAt: r.neededAt,
      neededSoon: isNeededSoon(r, now),
      dueToday: r.rank === 1 || (filter.sort === "needed" && urgencyRank(r, now) === 1),
      overdueDays: overdueDays(r, now),
      hasReply: r.hasReply,
      overdue: isWishOverdue(r, now),
      maskedPhone: listPhone(r.phoneEnc, r.phoneLast4),
    })),
    next: raw.length > INBOX_PAGE_SIZE && last ? { rank: Number(last.rank), at: key(last), id: last.id } : null,
  };
}

/** Counts stop here: a chip reads "50+" beyond it (see countInbox). */
export const COUNT_CAP = 50;
/** A count that cannot finish in this budget is left out rather than slowing the page. */
const COUNT_BUDGET_MS = 120;

export interface StateCount {
  count: number;
  /** True when there are more than `count` (the count stopped at COUNT_CAP). */
  more: boolean;
}

/** Per state; null when the database could not count within the budget. */
export type InboxCounts = Record<WishStatus, StateCount> | null;

const STATES = [
  "SUBMITTED",
  "REFERRED",
  "ESCALATED",
  "DECIDED",
  "SETTLED",
  "REOPENED",
  "DUPLICATE",
] as const satisfies readonly WishStatus[];

function isTimeout(error: unknown): boolean {
  const text = `${error instanceof Error ? error.message : ""} ${JSON.stringify(error ?? {})}`;
  return text.includes("57014") || /statement timeout|canceling statement/i.test(text);
}

/**
 * Wishes per state for the filter chips: every other filter applies, the state
 * does not. An exact count of a million rows takes ~300 ms however it is indexed,
 * so each state is counted up to COUNT_CAP only: one branch per state walks the
 * (communityId, status, createdAt, id) index and stops early. Open states, the
 * ones staff work from, stay exact in a normal week; "50+" settled wishes
 * tell staff all they need (the report page has the exact figures).
 */
export async function countInbox(
  actor: Actor | null,
  filter: InboxFilter,
  now: Date = new Date(),
): Promise<InboxCounts> {
  assertCan(actor, "wish.view");
  const where = Prisma.join(baseConditions(actor.communityId, filter, now), " AND ");
  const impossible = impossibleStates(filter);
  const counted = STATES.filter((s) => !impossible.has(s));
  const branches = counted.map(
    (state) => Prisma.sql`SELECT ${state}::text AS status, count(*) AS count FROM (
        SELECT 1 FROM "Wish" w WHERE ${where} AND w.status = ${state}::"WishStatus" LIMIT ${COUNT_CAP + 1}::int) c`,
  );
  try {
    // Bounds the rare filter that matches (almost) nothing in a huge community.
    const [, rows] = await db.$transaction([
      db.$executeRawUnsafe(`SET LOCAL statement_timeout = ${COUNT_BUDGET_MS}`),
      db.$queryRaw<{ status: WishStatus; count: bigint }[]>`${Prisma.join(branches, " UNION ALL ")}`,
    ]);
    const counts = Object.fromEntries(STATES.map((s) => [s, { count: 0, more: false }])) as Record<
      WishStatus,
      StateCount
    >;
    for (const row of rows) {
      const n = Number(row.count);
      counts[row.status] = { count: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
    }
    return counts;
  } catch (error) {
    if (isTimeout(error)) return null;
    throw error;
  }
}
