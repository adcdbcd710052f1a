-- CreateIndex
CREATE INDEX "Wish_communityId_neededAt_idx" ON "Wish"("communityId", "neededAt");

