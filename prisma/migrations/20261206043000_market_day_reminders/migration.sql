-- CreateTable
CREATE TABLE "ReminderSubscription" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "addressEnc" TEXT NOT NULL,
    "addressHash" TEXT NOT NULL,
    "locale" VARCHAR(5) NOT NULL DEFAULT 'zh',
    "codeHash" TEXT,
    "codeSentAt" TIMESTAMPTZ(3),
    "codeAttempts" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMPTZ(3),
    "stoppedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReminderSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "id" UUID NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "marketDayId" UUID NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastErrorCode" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSubscription_communityId_channel_addressHash_key" ON "ReminderSubscription"("communityId", "channel", "addressHash");

-- CreateIndex
CREATE INDEX "ReminderDelivery_status_idx" ON "ReminderDelivery"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_subscriptionId_marketDayId_key" ON "ReminderDelivery"("subscriptionId", "marketDayId");

-- AddForeignKey
ALTER TABLE "ReminderSubscription" ADD CONSTRAINT "ReminderSubscription_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "ReminderSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_marketDayId_fkey" FOREIGN KEY ("marketDayId") REFERENCES "MarketDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

