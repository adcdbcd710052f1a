-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "expandsTo" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchSynonym_communityId_term_key" ON "SearchSynonym"("communityId", "term");

-- AddForeignKey
ALTER TABLE "SearchSynonym" ADD CONSTRAINT "SearchSynonym_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

