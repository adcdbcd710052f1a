// Bulk-loads the dashboard benchmark's wishes straight into PostgreSQL with
// INSERT … SELECT FROM generate_series (not through the UI or the services): about
// a minute per million wishes instead of hours. Distributions are meant to look like
// a busy community over three years: ~150 weekly-ish market days with 12 stalls,
// 60% of wishes collected at a stall, statuses mostly settled, milestones consistent
// with each status (see lib/wishes/lifecycle.ts), and 1–4 events per wish.
//
// Secondary indexes of Wish and WishEvent are dropped for the load and recreated
// from their own definitions afterwards (the standard bulk-load order), and foreign
// keys are not re-checked row by row (session_replication_role = replica): every
// reference is generated from rows that exist. That role also silences triggers,
// so the report roll-up ("WishDailyStat") is rebuilt at the end.
import type pg from "pg";

const MARKET_DAYS = 150;
const STALLS = 12;

const TEXTS = [
  "希望小区增加路灯，晚上出行不安全",
  "楼道堆放杂物，存在消防隐患",
  "电动自行车在楼道充电，希望建集中充电点",
  "希望社区开设老年助餐点",
  "想了解高龄津贴怎么申请",
  "小区停车位不足，晚上停车难",
  "垃圾分类投放点气味大，希望改善",
  "楼下广场舞噪音扰民",
  "健身器材损坏，希望维修",
  "希望增加儿童课后托管服务",
  "想咨询劳动合同纠纷的法律问题",
  "需要轮椅出行协助去医院复诊",
];

export async function bulkLoad(
  client: pg.Client,
  communityId: string,
  rows: number,
  log: (msg: string) => void,
): Promise<void> {
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename IN ('Wish', 'WishEvent') AND indexname NOT LIKE '%_pkey'`,
  );
  await client.query("SET session_replication_role = replica");
  await client.query("SET maintenance_work_mem = '256MB'");
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);

  let started = performance.now();
  await client.query(`DROP TABLE IF EXISTS bench_md, bench_stall`);
  await client.query(
    `CREATE UNLOGGED TABLE bench_md AS
       SELECT i AS idx, gen_random_uuid() AS id,
              date_trunc('day', now() - interval '1095 days') + (i * interval '7 days') + interval '1 hour' AS starts
         FROM generate_series(1, ${MARKET_DAYS}) i`,
  );
  await client.query(
    `INSERT INTO "MarketDay" (id, "communityId", slug, title, theme, "startsAt", "endsAt", place, status, "updatedAt")
     SELECT id, $1::uuid, 'bench-market-day-' || idx, '基准测试市集 ' || idx, '服务市集', starts, starts + interval '3 hours',
            '社区广场', 'PUBLISHED', now() FROM bench_md`,
    [communityId],
  );
  await client.query(
    `CREATE UNLOGGED TABLE bench_stall AS
       SELECT m.idx AS md_idx, n, gen_random_uuid() AS id, m.id AS md_id FROM bench_md m, generate_series(1, ${STALLS}) n`,
  );
  await client.query(
    `INSERT INTO "Stall" (id, "communityId", "marketDayId", key, number, name, category, audiences, services, "servicesEn", "updatedAt")
     SELECT id, $1::uuid, md_id, 'bench-stall-' || n, n, '摊位 ' || n,
            (enum_range(NULL::"StallCategory"))[1 + (n % 9)], '{}', '{}', '{}', now() FROM bench_stall`,
    [communityId],
  );

  // One row per wish with its random draws; the lateral block derives the dates
  // and the path (how a settled wish got there) from them.
  const texts = `ARRAY[${TEXTS.map((t) => `'${t}'`).join(",")}]`;
  await client.query(
    `INSERT INTO "Wish" (id, "communityId", "trackingCode", kind, category, content, channel, status, "isPublic", anonymous,
        "marketDayId", "stallId", "referralDepartment", "referralDueAt", "publicReply", "replyDueAt",
        "firstReplyAt", "handledOnSiteAt", "referredAt", "escalatedAt", "settledAt", satisfaction, "ratedAt",
        version, "idempotencyKey", "createdAt", "updatedAt", "wallStatus")
     SELECT gen_random_uuid(), $1::uuid, 'BENCH' || lpad(s.g::text, 10, '0'),
            (enum_range(NULL::"WishKind"))[1 + s.kind_i], (enum_range(NULL::"WishCategory"))[1 + s.cat_i],
            (${texts})[1 + s.text_i] || '（第' || s.g || '条）',
            CASE WHEN m.id IS NULL THEN 'WEB' ELSE 'ON_SITE' END::"WishChannel", x.status::"WishStatus",
            s.r_rate < 0.3, true,
            m.id, st.id,
            CASE WHEN f.referred IS NOT NULL THEN '街道城建办' END,
            f.referred + interval '14 days',
            CASE WHEN x.status IN ('SETTLED', 'REOPENED') THEN '已办结，感谢您的反馈。' END,
            x.created + interval '48 hours',
            f.first_reply, f.on_site, f.referred, f.escalated, f.settled,
            CASE WHEN x.status = 'REOPENED' THEN 1 + (s.r_rate * 2)::int % 2
                 WHEN x.status = 'SETTLED' AND s.r_rate < 0.4 THEN 5 - floor(s.r_rate * 10)::int % 3 END,
            CASE WHEN x.status = 'REOPENED' OR (x.status = 'SETTLED' AND s.r_rate < 0.4) THEN f.settled + interval '2 days' END,
            CASE x.status WHEN 'SUBMITTED' THEN 0 WHEN 'REOPENED' THEN 3
                 WHEN 'SETTLED' THEN CASE WHEN f.referred IS NOT NULL OR f.escalated IS NOT NULL THEN 2 ELSE 1 END ELSE 1 END,
            'bench-' || s.g, x.created, x.created,
            -- Public bench wishes count as reviewed, so the wall has a realistic load.
            (CASE WHEN s.r_rate < 0.3 THEN 'APPROVED' ELSE 'PENDING' END)::"WallStatus"
       FROM (
         SELECT g, random() AS r_status, random() AS r_path, random() AS r_rate, random() AS r_reply, random() AS r_time,
                CASE WHEN random() < 0.6 THEN 1 + floor(random() * ${MARKET_DAYS})::int END AS md_idx,
                1 + floor(random() * ${STALLS})::int AS stall_n,
                floor(random() * 9)::int AS cat_i, floor(random() * 4)::int AS kind_i, floor(random() * ${TEXTS.length})::int AS text_i
           FROM generate_series(1, ${rows}) g
       ) s
       LEFT JOIN bench_md m ON m.idx = s.md_idx
       LEFT JOIN bench_stall st ON st.md_idx = s.md_idx AND st.n = s.stall_n
       CROSS JOIN LATERAL (
         SELECT CASE WHEN m.id IS NOT NULL THEN m.starts + s.r_time * interval '3 hours'
                     ELSE now() - s.r_time * interval '1095 days' END AS created,
                CASE WHEN s.r_status < 0.70 THEN 'SETTLED' WHEN s.r_status < 0.80 THEN 'REFERRED'
                     WHEN s.r_status < 0.83 THEN 'ESCALATED' WHEN s.r_status < 0.93 THEN 'SUBMITTED'
                     WHEN s.r_status < 0.95 THEN 'REOPENED' ELSE 'DUPLICATE' END AS status,
                -- How a settled wish was settled: on site (or directly, online), via a unit, via the council.
                CASE WHEN s.r_path < 0.55 THEN 'direct' WHEN s.r_path < 0.92 THEN 'referred' ELSE 'escalated' END AS path
       ) x
       CROSS JOIN LATERAL (
         SELECT CASE WHEN x.status = 'SETTLED' AND x.path = 'direct' AND m.id IS NOT NULL
                     THEN x.created + (10 + s.r_reply * 20) * interval '1 minute' END AS on_site,
                CASE WHEN x.status IN ('SUBMITTED', 'DUPLICATE') THEN NULL
                     WHEN x.status = 'SETTLED' AND x.path = 'direct' AND m.id IS NOT NULL
                       THEN x.created + (10 + s.r_reply * 20) * interval '1 minute'
                     ELSE x.created + s.r_reply * interval '60 hours' END AS first_reply,
                CASE WHEN x.status IN ('REFERRED', 'REOPENED') OR (x.status = 'SETTLED' AND x.path = 'referred')
                     THEN x.created + s.r_reply * interval '60 hours' END AS referred,
                CASE WHEN x.status = 'ESCALATED' OR (x.status = 'SETTLED' AND x.path = 'escalated')
                     THEN x.created + s.r_reply * interval '60 hours' END AS escalated,
                CASE WHEN x.status = 'SETTLED' AND x.path = 'direct' AND m.id IS NOT NULL
                       THEN x.created + (10 + s.r_reply * 20) * interval '1 minute'
                     WHEN x.status IN ('SETTLED', 'REOPENED')
                       THEN x.created + s.r_reply * interval '60 hours' + s.r_rate * interval '20 days' END AS settled
       ) f`,
    [communityId],
  );
  log(`wishes: ${rows} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  const event = (
    sequence: number,
    action: string,
    from: string | null,
    to: string,
    at: string,
    where: string,
    actor = "'STAFF'",
  ) =>
    client.query(
      `INSERT INTO "WishEvent" (id, "wishId", sequence, action, "fromStatus", "toStatus", "actorType", "publicNote", "createdAt")
       SELECT gen_random_uuid(), id, ${sequence}, '${action}', ${from ? `'${from}'` : "NULL"}, '${to}', ${actor}::"ActorType",
              ${action === "SUBMIT" ? "NULL" : `"publicReply"`}, ${at}
         FROM "Wish" WHERE "communityId" = $1::uuid AND "trackingCode" LIKE 'BENCH%' AND ${where}`,
      [communityId],
    );
  await event(
    0,
    "SUBMIT",
    null,
    "SUBMITTED",
    `"createdAt"`,
    "true",
    `CASE WHEN channel = 'ON_SITE' THEN 'STAFF' ELSE 'RESIDENT' END`,
  );
  await event(1, "HANDLE_ON_SITE", "SUBMITTED", "SETTLED", `"handledOnSiteAt"`, `"handledOnSiteAt" IS NOT NULL`);
  await event(
    1,
    "SETTLE",
    "SUBMITTED",
    "SETTLED",
    `"settledAt"`,
    `status = 'SETTLED' AND version = 1 AND "handledOnSiteAt" IS NULL`,
  );
  await event(1, "REFER", "SUBMITTED", "REFERRED", `"referredAt"`, `"referredAt" IS NOT NULL`);
  await event(1, "ESCALATE", "SUBMITTED", "ESCALATED", `"escalatedAt"`, `"escalatedAt" IS NOT NULL`);
  await event(1, "MARK_DUPLICATE", "SUBMITTED", "DUPLICATE", `"createdAt" + interval '1 day'`, `status = 'DUPLICATE'`);
  await event(
    2,
    "SETTLE",
    "REFERRED",
    "SETTLED",
    `"settledAt"`,
    `"referredAt" IS NOT NULL AND status IN ('SETTLED', 'REOPENED')`,
  );
  await event(
    2,
    "RECORD_COUNCIL_DECISION",
    "ESCALATED",
    "SETTLED",
    `"settledAt"`,
    `"escalatedAt" IS NOT NULL AND status = 'SETTLED'`,
  );
  await event(3, "REOPEN", "SETTLED", "REOPENED", `"ratedAt"`, `status = 'REOPENED'`, `'SYSTEM'`);
  const events = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "WishEvent"`);
  log(`events: ${events.rows[0]?.n} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  await client.query("SET session_replication_role = origin");
  for (const index of indexes.rows) await client.query(index.indexdef);
  await client.query(`DROP TABLE bench_md, bench_stall`);
  log(`indexes: ${indexes.rows.length} rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  // Triggers did not fire either (replica role), so the report roll-up is computed
  // from the loaded rows in one pass: a few seconds, where the trigger would have
  // updated one day's row once per wish.
  await client.query("SELECT wish_daily_stat_rebuild()");
  log(`report roll-up rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await client.query(`VACUUM ANALYZE "Wish"`);
  await client.query(`VACUUM ANALYZE "WishEvent"`);
  await client.query(`ANALYZE`);
  log(`vacuum analyze in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
