-- PIPL (issue 12): contact correction/erasure in the wish history, and public-wall
-- moderation. Existing public wishes become PENDING (the column default): nothing a
-- resident wrote goes on, or stays on, the wall without a staff review. The seed
-- approves its own demo wishes.
-- CreateEnum
CREATE TYPE "WallStatus" AS ENUM ('PENDING', 'APPROVED', 'HIDDEN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WishAction" ADD VALUE 'CORRECT_CONTACT';
ALTER TYPE "WishAction" ADD VALUE 'ERASE_CONTACT';

-- DropIndex
DROP INDEX "Wish_communityId_isPublic_status_createdAt_idx";

-- AlterTable
-- In the schema's order: the drift check compares column order.
ALTER TABLE "Wish" ADD COLUMN     "wallStatus" "WallStatus" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "wallText" TEXT,
ADD COLUMN     "wallModeratedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Wish_communityId_isPublic_wallStatus_status_createdAt_idx" ON "Wish"("communityId", "isPublic", "wallStatus", "status", "createdAt" DESC);

