-- CreateTable
CREATE TABLE "WishDailyStat" (
    "communityId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "collected" INTEGER NOT NULL DEFAULT 0,
    "handledOnSite" INTEGER NOT NULL DEFAULT 0,
    "referred" INTEGER NOT NULL DEFAULT 0,
    "escalated" INTEGER NOT NULL DEFAULT 0,
    "settled" INTEGER NOT NULL DEFAULT 0,
    "replied" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "satisfactionSum" INTEGER NOT NULL DEFAULT 0,
    "satisfaction1" INTEGER NOT NULL DEFAULT 0,
    "satisfaction2" INTEGER NOT NULL DEFAULT 0,
    "satisfaction3" INTEGER NOT NULL DEFAULT 0,
    "satisfaction4" INTEGER NOT NULL DEFAULT 0,
    "satisfaction5" INTEGER NOT NULL DEFAULT 0,
    "openSubmitted" INTEGER NOT NULL DEFAULT 0,
    "openReferredWithDue" INTEGER NOT NULL DEFAULT 0,
    "firstReplyHistogram" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "settlementHistogram" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "WishDailyStat_pkey" PRIMARY KEY ("communityId","day")
);

-- AddForeignKey
ALTER TABLE "WishDailyStat" ADD CONSTRAINT "WishDailyStat_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

