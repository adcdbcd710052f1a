-- AlterTable
ALTER TABLE "Wish" ADD COLUMN     "submitFingerprint" TEXT;

