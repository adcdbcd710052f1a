// The subdistrict's benchmark load (issue 14 §4): after the one-community
// measurements, the million bench wishes are spread over the ten communities of
// one subdistrict (Yuandong, Baihua and eight more), and every wish that was
// ever referred gets its Referral, to one of 50 units: four of each community's
// own and ten subdistrict-level ones, which take a third of the referrals.
// Same bulk order as admin-load.ts: secondary indexes dropped and rebuilt,
// triggers silenced (session_replication_role = replica) and the report roll-up
// rebuilt at the end.
import type pg from "pg";

export const BENCH_COMMUNITIES = 10;
const UNITS_PER_COMMUNITY = 4;
const SUBDISTRICT_UNITS = 10;

export interface SpreadResult {
  communityIds: string[];
  /** The subdistrict-level unit with the most referrals, and a community's own. */
  busiestSubdistrictUnit: string;
  communityUnit: string;
  referrals: number;
}

export async function spreadAcrossSubdistrict(
  client: pg.Client,
  subdistrictId: string,
  homeCommunityId: string,
  log: (msg: string) => void,
): Promise<SpreadResult> {
  let started = performance.now();
  const existing = await client.query<{ id: string }>(
    `SELECT id FROM "Community" WHERE "subdistrictId" = $1::uuid ORDER BY slug`,
    [subdistrictId],
  );
  const missing = BENCH_COMMUNITIES - existing.rows.length;
  if (missing > 0)
    await client.query(
      `INSERT INTO "Community" (id, slug, name, "subdistrictId", "updatedAt")
       SELECT gen_random_uuid(), 'bench-community-' || i, '测试社区' || i, $1::uuid, now()
         FROM generate_series(1, ${missing}) i`,
      [subdistrictId],
    );
  const communities = (
    await client.query<{ id: string }>(`SELECT id FROM "Community" WHERE "subdistrictId" = $1::uuid ORDER BY slug`, [
      subdistrictId,
    ])
  ).rows.map((r) => r.id);

  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename IN ('Wish', 'Referral') AND indexname NOT LIKE '%_pkey'`,
  );
  await client.query("SET session_replication_role = replica");
  await client.query("SET maintenance_work_mem = '256MB'");
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);

  const ids = `ARRAY[${communities.map((id) => `'${id}'::uuid`).join(",")}]`;
  await client.query(
    `UPDATE "Wish" SET "communityId" = (${ids})[1 + (hashtext(id::text) & 2147483647) % ${communities.length}]
      WHERE "trackingCode" LIKE 'BENCH%'`,
  );
  log(`wishes spread over ${communities.length} communities in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  await client.query(`DROP TABLE IF EXISTS bench_unit`);
  await client.query(
    `CREATE UNLOGGED TABLE bench_unit AS
       SELECT c.idx, n, gen_random_uuid() AS id, c.id AS community_id
         FROM unnest(${ids}) WITH ORDINALITY AS c(id, idx), generate_series(0, ${UNITS_PER_COMMUNITY - 1}) n`,
  );
  await client.query(
    `INSERT INTO bench_unit SELECT 0, n, gen_random_uuid(), $1::uuid FROM generate_series(0, ${SUBDISTRICT_UNITS - 1}) n`,
    [homeCommunityId],
  );
  await client.query(
    `INSERT INTO "Organization" (id, "communityId", name, type, "contactEmail", "subdistrictId", "updatedAt")
     SELECT id, community_id, CASE WHEN idx = 0 THEN '街道级单位' ELSE '社区单位' || idx || '-' END || n,
            'GOVERNMENT_DEPARTMENT', 'unit' || idx || '-' || n || '@bench.example.cn',
            CASE WHEN idx = 0 THEN $1::uuid END, now()
       FROM bench_unit`,
    [subdistrictId],
  );
  // A third to a subdistrict-level unit, the rest to one of the wish's community's own.
  const referred = await client.query(
    `INSERT INTO "Referral" (id, "wishId", "communityId", "organizationId", status, "dueAt", "sentAt", "acceptedAt",
        "answeredAt", "closedAt", "extensionsGranted", "satisfaction", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), w.id, w."communityId", u.id,
            (CASE WHEN w.status = 'REFERRED' THEN 'SENT' ELSE 'ANSWERED' END)::"ReferralStatus",
            w."referralDueAt", w."referredAt",
            CASE WHEN w.status <> 'REFERRED' OR h % 2 = 0 THEN w."referredAt" + interval '3 hours' END,
            CASE WHEN w.status <> 'REFERRED' THEN w."settledAt" - interval '1 hour' END,
            CASE WHEN w.status <> 'REFERRED' THEN w."settledAt" - interval '1 hour' END,
            CASE WHEN h % 20 = 0 THEN 1 ELSE 0 END,
            CASE WHEN w.status <> 'REFERRED' THEN w.satisfaction END, w."referredAt", w."referredAt"
       FROM (SELECT w.*, (hashtext(w.id::text || 'unit') & 2147483647) AS h
               FROM "Wish" w WHERE w."trackingCode" LIKE 'BENCH%' AND w."referredAt" IS NOT NULL) w
       JOIN bench_unit u
         ON CASE WHEN w.h % 3 = 0 THEN u.idx = 0 AND u.n = (w.h / 3) % ${SUBDISTRICT_UNITS}
                 ELSE u.community_id = w."communityId" AND u.idx > 0 AND u.n = (w.h / 3) % ${UNITS_PER_COMMUNITY} END`,
  );
  log(`50 units and ${referred.rowCount} referrals in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  await client.query("SET session_replication_role = origin");
  for (const index of indexes.rows) await client.query(index.indexdef);
  await client.query("SELECT wish_daily_stat_rebuild()");
  await client.query(`VACUUM ANALYZE "Wish"`);
  await client.query(`VACUUM ANALYZE "Referral"`);
  await client.query(`ANALYZE`);
  log(`indexes, roll-up and statistics in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const busiest = await client.query<{ id: string }>(
    `SELECT r."organizationId" AS id FROM "Referral" r JOIN bench_unit u ON u.id = r."organizationId"
      WHERE u.idx = 0 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const local = await client.query<{ id: string }>(`SELECT id FROM bench_unit WHERE idx = 1 AND n = 0`);
  await client.query(`DROP TABLE bench_unit`);
  return {
    communityIds: communities,
    busiestSubdistrictUnit: busiest.rows[0]!.id,
    communityUnit: local.rows[0]!.id,
    referrals: referred.rowCount ?? 0,
  };
}
