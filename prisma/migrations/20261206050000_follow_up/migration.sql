-- CreateEnum
CREATE TYPE "RatingSource" AS ENUM ('RESIDENT', 'FOLLOW_UP_CALL');

-- AlterEnum
ALTER TYPE "WishAction" ADD VALUE 'FOLLOW_UP_UNREACHED';

-- AlterTable
ALTER TABLE "Wish" ADD COLUMN     "ratingSource" "RatingSource";

-- AlterTable
ALTER TABLE "WishDailyStat" ADD COLUMN     "repliedOnTime" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "settledOnTime" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Wish_communityId_status_settledAt_phoneLast4_ratedAt_idx" ON "Wish"("communityId", "status", "settledAt", "phoneLast4", "ratedAt");


-- Every rating so far came from the tracking page: there was no staff form.
UPDATE "Wish" SET "ratingSource" = 'RESIDENT' WHERE "satisfaction" IS NOT NULL;
