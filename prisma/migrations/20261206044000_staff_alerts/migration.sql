-- CreateEnum
CREATE TYPE "StaffAlertKind" AS ENUM ('NEW_WISH', 'REPLY_DUE_SOON', 'REPLY_OVERDUE', 'REFERRAL_DUE_SOON', 'REFERRAL_OVERDUE', 'DIGEST');

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "alertDeadlines" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "alertEmail" TEXT,
ADD COLUMN     "alertNewWishes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "dailyDigest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "StaffAlert" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "kind" "StaffAlertKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "wishId" UUID,
    "staffUserId" UUID,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastErrorCode" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StaffAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffAlert_dedupeKey_key" ON "StaffAlert"("dedupeKey");

-- CreateIndex
CREATE INDEX "StaffAlert_communityId_status_idx" ON "StaffAlert"("communityId", "status");

-- AddForeignKey
ALTER TABLE "StaffAlert" ADD CONSTRAINT "StaffAlert_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAlert" ADD CONSTRAINT "StaffAlert_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "Wish"("id") ON DELETE CASCADE ON UPDATE CASCADE;

