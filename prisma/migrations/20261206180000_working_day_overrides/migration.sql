-- CreateTable
CREATE TABLE "WorkingDayOverride" (
    "day" VARCHAR(10) NOT NULL,
    "working" BOOLEAN NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkingDayOverride_pkey" PRIMARY KEY ("day")
);

