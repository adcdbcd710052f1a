-- AlterTable
ALTER TABLE "Stall" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Stall_searchText_trgm_idx" ON "Stall" USING GIN ("searchText" gin_trgm_ops);

