-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "officeHours" TEXT,
ADD COLUMN     "officeHoursEn" TEXT,
ADD COLUMN     "officePhone" TEXT;

