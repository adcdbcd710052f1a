-- AlterEnum
ALTER TYPE "WishStatus" ADD VALUE 'DECIDED' AFTER 'ESCALATED';

-- AlterTable
ALTER TABLE "CouncilItem" ADD COLUMN     "dueAt" TIMESTAMPTZ(3);

