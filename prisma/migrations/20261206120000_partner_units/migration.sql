-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'ANSWERED', 'RETURNED', 'WITHDRAWN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WishAction" ADD VALUE 'ACCEPT_REFERRAL';
ALTER TYPE "WishAction" ADD VALUE 'ANSWER_REFERRAL';
ALTER TYPE "WishAction" ADD VALUE 'REQUEST_EXTENSION';
ALTER TYPE "WishAction" ADD VALUE 'APPROVE_EXTENSION';
ALTER TYPE "WishAction" ADD VALUE 'REFUSE_EXTENSION';
ALTER TYPE "WishAction" ADD VALUE 'RETURN_REFERRAL';
ALTER TYPE "WishAction" ADD VALUE 'REROUTE';
ALTER TYPE "WishAction" ADD VALUE 'GRANT_CONTACT';

-- AlterEnum
ALTER TYPE "ActorType" ADD VALUE 'UNIT';

-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'UNIT';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'UNIT_REFERRAL';
ALTER TYPE "NotificationKind" ADD VALUE 'EXTENSION';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StaffAlertKind" ADD VALUE 'REFERRAL_RETURNED';
ALTER TYPE "StaffAlertKind" ADD VALUE 'EXTENSION_REQUESTED';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT;

-- AlterTable
ALTER TABLE "WishEvent" ADD COLUMN     "referralId" UUID;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "organizationId" UUID;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "referralId" UUID;

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "wishId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'SENT',
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMPTZ(3),
    "answeredAt" TIMESTAMPTZ(3),
    "returnedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "returnReason" TEXT,
    "extensionRequestedAt" TIMESTAMPTZ(3),
    "extensionUntil" TIMESTAMPTZ(3),
    "extensionReason" TEXT,
    "extensionsGranted" INTEGER NOT NULL DEFAULT 0,
    "contactGrantedAt" TIMESTAMPTZ(3),
    "contactGrantedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Referral_wishId_sentAt_idx" ON "Referral"("wishId", "sentAt");

-- CreateIndex
CREATE INDEX "Referral_organizationId_status_sentAt_idx" ON "Referral"("organizationId", "status", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "Referral_communityId_status_dueAt_idx" ON "Referral"("communityId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "WishEvent_referralId_idx" ON "WishEvent"("referralId");

-- CreateIndex
CREATE INDEX "StaffUser_organizationId_idx" ON "StaffUser"("organizationId");

-- AddForeignKey
ALTER TABLE "WishEvent" ADD CONSTRAINT "WishEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "Wish"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

