-- AlterTable
ALTER TABLE "Wish" ADD COLUMN     "buildingHash" TEXT,
ADD COLUMN     "supportCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "WishSupport" (
    "wishId" UUID NOT NULL,
    "deviceKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WishSupport_pkey" PRIMARY KEY ("wishId","deviceKey")
);

-- CreateIndex
CREATE INDEX "Wish_communityId_buildingHash_createdAt_idx" ON "Wish"("communityId", "buildingHash", "createdAt");

-- AddForeignKey
ALTER TABLE "WishSupport" ADD CONSTRAINT "WishSupport_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "Wish"("id") ON DELETE CASCADE ON UPDATE CASCADE;

