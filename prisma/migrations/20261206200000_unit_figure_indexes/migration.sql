-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "satisfaction" INTEGER;

-- CreateIndex
CREATE INDEX "Wish_communityId_status_replyDueAt_referralDueAt_idx" ON "Wish"("communityId", "status", "replyDueAt", "referralDueAt");

-- CreateIndex
CREATE INDEX "Referral_unit_figures_idx" ON "Referral"("communityId", "sentAt", "organizationId", "status", "dueAt", "answeredAt", "acceptedAt", "closedAt", "extensionsGranted", "satisfaction");



-- Ratings already given go to the referral whose answer they rate: the wish's
-- latest answered referral (the rule lib/wishes/apply-rating.ts follows from now on).
UPDATE "Referral" r
   SET "satisfaction" = w."satisfaction"
  FROM "Wish" w
 WHERE w.id = r."wishId"
   AND r.status = 'ANSWERED'
   AND w."satisfaction" IS NOT NULL
   AND r."answeredAt" = (SELECT max(r2."answeredAt") FROM "Referral" r2
                          WHERE r2."wishId" = r."wishId" AND r2.status = 'ANSWERED');
