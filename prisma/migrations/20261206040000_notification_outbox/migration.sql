-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('RECEIPT', 'REFERRAL', 'REPLY', 'DECISION', 'REOPEN', 'RATING_REQUEST');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'SKIPPED', 'DEAD');

-- AlterTable
ALTER TABLE "Wish" ADD COLUMN     "emailEnc" TEXT,
ADD COLUMN     "locale" VARCHAR(5) NOT NULL DEFAULT 'zh',
ADD COLUMN     "messageConsentAt" TIMESTAMPTZ(3),
ADD COLUMN     "messagesStoppedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "wishId" UUID NOT NULL,
    "eventSequence" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastErrorCode" TEXT,
    "deliverAfter" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "recipientHash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_status_deliverAfter_idx" ON "Notification"("status", "deliverAfter");

-- CreateIndex
CREATE INDEX "Notification_recipientHash_sentAt_idx" ON "Notification"("recipientHash", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_wishId_eventSequence_channel_key" ON "Notification"("wishId", "eventSequence", "channel");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "Wish"("id") ON DELETE CASCADE ON UPDATE CASCADE;

