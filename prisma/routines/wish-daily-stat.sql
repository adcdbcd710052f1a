-- The trigger that keeps "WishDailyStat" (prisma/migrations/…_wish_daily_stat) right.
--
-- A routine, not a migration: prisma/schema.prisma cannot describe functions and
-- triggers, so in a migration they would be schema drift. lib/db/routines.ts runs
-- this file after the migrations whenever its text has changed (and the first
-- time), in one transaction, so it must be idempotent; it ends by rebuilding the
-- roll-up, because a changed rule may count differently.
-- Every change of a wish subtracts its old contribution and adds its new one, in
-- the same transaction, whoever wrote it: lifecycle transitions, submissions,
-- ratings, seeds, deletes. A bulk load that disables triggers
-- (session_replication_role = replica) calls wish_daily_stat_rebuild() afterwards;
-- so should one that writes many wishes of one day in ONE transaction, where the
-- day's row would be rewritten once per wish.


-- Triggers are dropped and created again (a function cannot be dropped while a
-- trigger uses it, and CREATE TRIGGER has no OR REPLACE for constraint triggers).
DROP TRIGGER IF EXISTS wish_daily_stat_sync ON "Wish";
DROP TRIGGER IF EXISTS wish_daily_stat_sync_update ON "Wish";
DROP TRIGGER IF EXISTS wish_daily_stat_truncate ON "Wish";

-- The report's calendar day of an instant: Asia/Shanghai as a fixed UTC+8, exactly
-- like periodBounds() in lib/reports/report-scope.ts (no tz database involved).
CREATE OR REPLACE FUNCTION wish_stat_day(instant timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT (instant AT TIME ZONE INTERVAL '+08:00')::date $$;

-- 1-based array index of the duration bucket of ended − started, in whole minutes:
-- minutes 0…31 each have their own bucket; above, every doubling of the duration
-- is split into 16 buckets (width at most 1/16 of the value); ≥ 2^20 minutes (about
-- two years) all fall into the last bucket, 272. lib/reports/duration-histogram.ts
-- has the same rule (tests/integration/wish-daily-stat.test.ts checks they agree).
CREATE OR REPLACE FUNCTION wish_duration_bucket(started timestamptz, ended timestamptz) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
  minutes bigint := greatest(floor(extract(epoch FROM ended - started) / 60), 0);
  shift integer := 0;
BEGIN
  WHILE (minutes >> shift) >= 32 LOOP
    shift := shift + 1;
  END LOOP;
  RETURN least(16 * shift + (minutes >> shift)::integer, 271) + 1;
END
$$;

-- histogram with delta added at index bucket (NULL: unchanged), grown with zeros
-- when bucket is past its end.
CREATE OR REPLACE FUNCTION wish_histogram_add(histogram integer[], bucket integer, delta integer) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN bucket IS NULL THEN histogram
    WHEN bucket <= coalesce(array_length(histogram, 1), 0)
      THEN histogram[:bucket - 1] || (histogram[bucket] + delta) || histogram[bucket + 1:]
    ELSE histogram || array_fill(0, ARRAY[bucket - 1 - coalesce(array_length(histogram, 1), 0)]) || delta
  END
$$;

-- Subtracts what the old row counted for and adds what the new one counts for,
-- on the row of each one's day (usually the same row).
CREATE OR REPLACE FUNCTION wish_daily_stat_sync() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  w record;
  sign integer;
  first_reply integer;
  settlement integer;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "WishDailyStat";
    RETURN NULL;
  END IF;
  FOR pass IN 1..2 LOOP
    IF pass = 1 THEN
      CONTINUE WHEN TG_OP = 'INSERT';
      w := OLD;
      sign := -1;
    ELSE
      CONTINUE WHEN TG_OP = 'DELETE';
      w := NEW;
      sign := 1;
    END IF;
    first_reply := CASE WHEN w."firstReplyAt" IS NOT NULL
      THEN wish_duration_bucket(w."createdAt", w."firstReplyAt") END;
    settlement := CASE WHEN w.status = 'SETTLED' AND w."settledAt" IS NOT NULL
      THEN wish_duration_bucket(w."createdAt", w."settledAt") END;
    INSERT INTO "WishDailyStat" AS s (
      "communityId", "day", "collected", "handledOnSite", "referred", "escalated", "settled", "replied",
      "rated", "satisfactionSum", "satisfaction1", "satisfaction2", "satisfaction3", "satisfaction4", "satisfaction5",
      "openSubmitted", "openReferredWithDue", "firstReplyHistogram", "settlementHistogram",
      "repliedOnTime", "settledOnTime")
    VALUES (
      w."communityId", wish_stat_day(w."createdAt"), sign,
      sign * (w."handledOnSiteAt" IS NOT NULL)::integer,
      sign * (w."referredAt" IS NOT NULL)::integer,
      sign * (w."escalatedAt" IS NOT NULL)::integer,
      sign * (w.status = 'SETTLED')::integer,
      sign * (w."firstReplyAt" IS NOT NULL)::integer,
      sign * (w.satisfaction IS NOT NULL)::integer,
      sign * coalesce(w.satisfaction, 0),
      sign * (w.satisfaction IS NOT DISTINCT FROM 1)::integer,
      sign * (w.satisfaction IS NOT DISTINCT FROM 2)::integer,
      sign * (w.satisfaction IS NOT DISTINCT FROM 3)::integer,
      sign * (w.satisfaction IS NOT DISTINCT FROM 4)::integer,
      sign * (w.satisfaction IS NOT DISTINCT FROM 5)::integer,
      sign * (w.status = 'SUBMITTED')::integer,
      sign * (w.status = 'REFERRED' AND w."referralDueAt" IS NOT NULL)::integer,
      wish_histogram_add('{}', first_reply, sign),
      wish_histogram_add('{}', settlement, sign),
      sign * (w."firstReplyAt" IS NOT NULL AND w."firstReplyAt" <= w."replyDueAt")::integer,
      sign * (w.status = 'SETTLED' AND w."settledAt" IS NOT NULL
              AND w."settledAt" <= coalesce(w."referralDueAt", w."replyDueAt"))::integer)
    ON CONFLICT ("communityId", "day") DO UPDATE SET
      "collected" = s."collected" + EXCLUDED."collected",
      "handledOnSite" = s."handledOnSite" + EXCLUDED."handledOnSite",
      "referred" = s."referred" + EXCLUDED."referred",
      "escalated" = s."escalated" + EXCLUDED."escalated",
      "settled" = s."settled" + EXCLUDED."settled",
      "replied" = s."replied" + EXCLUDED."replied",
      "rated" = s."rated" + EXCLUDED."rated",
      "satisfactionSum" = s."satisfactionSum" + EXCLUDED."satisfactionSum",
      "satisfaction1" = s."satisfaction1" + EXCLUDED."satisfaction1",
      "satisfaction2" = s."satisfaction2" + EXCLUDED."satisfaction2",
      "satisfaction3" = s."satisfaction3" + EXCLUDED."satisfaction3",
      "satisfaction4" = s."satisfaction4" + EXCLUDED."satisfaction4",
      "satisfaction5" = s."satisfaction5" + EXCLUDED."satisfaction5",
      "openSubmitted" = s."openSubmitted" + EXCLUDED."openSubmitted",
      "openReferredWithDue" = s."openReferredWithDue" + EXCLUDED."openReferredWithDue",
      "firstReplyHistogram" = wish_histogram_add(s."firstReplyHistogram", first_reply, sign),
      "settlementHistogram" = wish_histogram_add(s."settlementHistogram", settlement, sign),
      "repliedOnTime" = s."repliedOnTime" + EXCLUDED."repliedOnTime",
      "settledOnTime" = s."settledOnTime" + EXCLUDED."settledOnTime";
  END LOOP;
  RETURN NULL;
END
$$;

-- Deferred to COMMIT: every submission of a day updates that day's row, so the
-- row lock is the hot spot. Taken at the end, it is held only while the
-- transaction commits, not across the rest of its statements (the WishEvent
-- insert, the client's round trips). 16 concurrent submitters on one day, straight
-- to PostgreSQL: about 27 % of the trigger-free rate with an immediate trigger,
-- about 60 % with this one.
CREATE CONSTRAINT TRIGGER wish_daily_stat_sync AFTER INSERT OR DELETE ON "Wish"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION wish_daily_stat_sync();

-- Only updates of a counted column: a note, a purge of contact details or a
-- version bump leaves the day's row (and its lock) alone.
CREATE CONSTRAINT TRIGGER wish_daily_stat_sync_update
  AFTER UPDATE OF "communityId", "createdAt", "status", "handledOnSiteAt", "referredAt", "escalatedAt",
    "firstReplyAt", "settledAt", "satisfaction", "referralDueAt", "replyDueAt" ON "Wish"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN ((OLD."communityId", OLD."createdAt", OLD.status, OLD."handledOnSiteAt", OLD."referredAt", OLD."escalatedAt",
         OLD."firstReplyAt", OLD."settledAt", OLD.satisfaction, OLD."referralDueAt", OLD."replyDueAt")
        IS DISTINCT FROM
        (NEW."communityId", NEW."createdAt", NEW.status, NEW."handledOnSiteAt", NEW."referredAt", NEW."escalatedAt",
         NEW."firstReplyAt", NEW."settledAt", NEW.satisfaction, NEW."referralDueAt", NEW."replyDueAt"))
  EXECUTE FUNCTION wish_daily_stat_sync();

CREATE TRIGGER wish_daily_stat_truncate AFTER TRUNCATE ON "Wish"
  FOR EACH STATEMENT EXECUTE FUNCTION wish_daily_stat_sync();

-- Recomputes every row from "Wish": the backfill below, and bulk loads that ran
-- with triggers off. Writers wait meanwhile (SHARE lock), so none is lost. Call it
-- in a transaction of its own: changes to "Wish" made earlier in the same
-- transaction would be counted again by their deferred trigger at COMMIT.
CREATE OR REPLACE FUNCTION wish_daily_stat_rebuild() RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  LOCK TABLE "Wish" IN SHARE MODE;
  DELETE FROM "WishDailyStat";
  WITH w AS MATERIALIZED (
    SELECT "communityId", wish_stat_day("createdAt") AS day, status, "handledOnSiteAt", "referredAt", "escalatedAt",
           "firstReplyAt", satisfaction, "referralDueAt",
           ("firstReplyAt" IS NOT NULL AND "firstReplyAt" <= "replyDueAt") AS replied_on_time,
           (status = 'SETTLED' AND "settledAt" IS NOT NULL
            AND "settledAt" <= coalesce("referralDueAt", "replyDueAt")) AS settled_on_time,
           CASE WHEN "firstReplyAt" IS NOT NULL THEN wish_duration_bucket("createdAt", "firstReplyAt") END AS first_reply,
           CASE WHEN status = 'SETTLED' AND "settledAt" IS NOT NULL THEN wish_duration_bucket("createdAt", "settledAt") END AS settlement
      FROM "Wish"
  ),
  counts AS (
    SELECT "communityId", day, count(*) AS collected,
           count(*) FILTER (WHERE "handledOnSiteAt" IS NOT NULL) AS handled_on_site,
           count(*) FILTER (WHERE "referredAt" IS NOT NULL) AS referred,
           count(*) FILTER (WHERE "escalatedAt" IS NOT NULL) AS escalated,
           count(*) FILTER (WHERE status = 'SETTLED') AS settled,
           count(*) FILTER (WHERE "firstReplyAt" IS NOT NULL) AS replied,
           count(satisfaction) AS rated,
           coalesce(sum(satisfaction), 0) AS satisfaction_sum,
           count(*) FILTER (WHERE satisfaction = 1) AS s1,
           count(*) FILTER (WHERE satisfaction = 2) AS s2,
           count(*) FILTER (WHERE satisfaction = 3) AS s3,
           count(*) FILTER (WHERE satisfaction = 4) AS s4,
           count(*) FILTER (WHERE satisfaction = 5) AS s5,
           count(*) FILTER (WHERE status = 'SUBMITTED') AS open_submitted,
           count(*) FILTER (WHERE status = 'REFERRED' AND "referralDueAt" IS NOT NULL) AS open_referred_with_due,
           count(*) FILTER (WHERE replied_on_time) AS replied_on_time,
           count(*) FILTER (WHERE settled_on_time) AS settled_on_time,
           max(first_reply) AS first_reply_length,
           max(settlement) AS settlement_length
      FROM w GROUP BY "communityId", day
  ),
  -- Histograms: one row per (day, bucket) present, expanded to dense arrays.
  first_reply AS (
    SELECT "communityId", day, first_reply AS bucket, count(*)::integer AS n FROM w WHERE first_reply IS NOT NULL GROUP BY 1, 2, 3
  ),
  settlement AS (
    SELECT "communityId", day, settlement AS bucket, count(*)::integer AS n FROM w WHERE settlement IS NOT NULL GROUP BY 1, 2, 3
  ),
  first_reply_arrays AS (
    SELECT c."communityId", c.day, array_agg(coalesce(f.n, 0) ORDER BY i) AS histogram
      FROM counts c
      CROSS JOIN LATERAL generate_series(1, c.first_reply_length) i
      LEFT JOIN first_reply f ON f."communityId" = c."communityId" AND f.day = c.day AND f.bucket = i
     GROUP BY 1, 2
  ),
  settlement_arrays AS (
    SELECT c."communityId", c.day, array_agg(coalesce(t.n, 0) ORDER BY i) AS histogram
      FROM counts c
      CROSS JOIN LATERAL generate_series(1, c.settlement_length) i
      LEFT JOIN settlement t ON t."communityId" = c."communityId" AND t.day = c.day AND t.bucket = i
     GROUP BY 1, 2
  )
  INSERT INTO "WishDailyStat" (
    "communityId", "day", "collected", "handledOnSite", "referred", "escalated", "settled", "replied",
    "rated", "satisfactionSum", "satisfaction1", "satisfaction2", "satisfaction3", "satisfaction4", "satisfaction5",
    "openSubmitted", "openReferredWithDue", "firstReplyHistogram", "settlementHistogram",
    "repliedOnTime", "settledOnTime")
  SELECT c."communityId", c.day, c.collected, c.handled_on_site, c.referred, c.escalated, c.settled, c.replied,
         c.rated, c.satisfaction_sum, c.s1, c.s2, c.s3, c.s4, c.s5, c.open_submitted, c.open_referred_with_due,
         coalesce(f.histogram, '{}'), coalesce(t.histogram, '{}'), c.replied_on_time, c.settled_on_time
    FROM counts c
    LEFT JOIN first_reply_arrays f ON f."communityId" = c."communityId" AND f.day = c.day
    LEFT JOIN settlement_arrays t ON t."communityId" = c."communityId" AND t.day = c.day;
END
$$;

-- Backfill from the wishes that exist already, or recount after a change here.
SELECT wish_daily_stat_rebuild();
