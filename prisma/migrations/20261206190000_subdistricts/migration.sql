-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'SUBDISTRICT';

-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "subdistrictId" UUID;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "subdistrictId" UUID;

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "subdistrictId" UUID;

-- CreateTable
CREATE TABLE "Subdistrict" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subdistrict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subdistrict_slug_key" ON "Subdistrict"("slug");

-- CreateIndex
CREATE INDEX "Community_subdistrictId_idx" ON "Community"("subdistrictId");

-- CreateIndex
CREATE INDEX "Organization_subdistrictId_idx" ON "Organization"("subdistrictId");

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_subdistrictId_fkey" FOREIGN KEY ("subdistrictId") REFERENCES "Subdistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_subdistrictId_fkey" FOREIGN KEY ("subdistrictId") REFERENCES "Subdistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_subdistrictId_fkey" FOREIGN KEY ("subdistrictId") REFERENCES "Subdistrict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

