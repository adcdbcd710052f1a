-- AlterTable
ALTER TABLE "Wish" ADD COLUMN     "settlementDueAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "DeadlineTarget" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "kind" VARCHAR(20) NOT NULL DEFAULT '*',
    "category" VARCHAR(40) NOT NULL DEFAULT '*',
    "firstReplyDays" SMALLINT NOT NULL,
    "unitAnswerDays" SMALLINT NOT NULL,
    "settlementDays" SMALLINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeadlineTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineTarget_communityId_kind_category_key" ON "DeadlineTarget"("communityId", "kind", "category");

-- AddForeignKey
ALTER TABLE "DeadlineTarget" ADD CONSTRAINT "DeadlineTarget_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

