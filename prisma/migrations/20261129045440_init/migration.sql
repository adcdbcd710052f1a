-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "OrganizationType" AS ENUM ('GOVERNMENT_DEPARTMENT', 'PARTY_BRANCH', 'COMPANY', 'SOCIAL_ORGANIZATION', 'VOLUNTEER_TEAM');

-- CreateEnum
CREATE TYPE "MarketDayStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MarketDayRole" AS ENUM ('ORGANIZER', 'CO_ORGANIZER', 'PARTNER');

-- CreateEnum
CREATE TYPE "StallCategory" AS ENUM ('LISTENING', 'WELFARE', 'LEGAL', 'SAFETY', 'CIVIC_LIFE', 'EMPLOYMENT', 'HEALTH', 'LIFE_SERVICE', 'CHILDREN_CULTURE');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('ALL', 'ELDERLY', 'CHILDREN', 'DISABLED', 'LOW_INCOME', 'MOTHERS');

-- CreateEnum
CREATE TYPE "WishKind" AS ENUM ('WISH', 'OPINION', 'ASSISTANCE', 'SERVICE');

-- CreateEnum
CREATE TYPE "WishCategory" AS ENUM ('ENVIRONMENT_PROPERTY', 'ELDERLY_CARE', 'CHILDREN', 'HEALTH', 'LEGAL', 'EMPLOYMENT', 'ACTIVITIES_CULTURE', 'SAFETY', 'OTHER');

-- CreateEnum
CREATE TYPE "WishChannel" AS ENUM ('WEB', 'ON_SITE');

-- CreateEnum
CREATE TYPE "WishStatus" AS ENUM ('SUBMITTED', 'REFERRED', 'ESCALATED', 'SETTLED', 'REOPENED', 'DUPLICATE');

-- CreateEnum
CREATE TYPE "MobilityAid" AS ENUM ('WHEELCHAIR', 'STAIR_CLIMBER', 'ESCORT');

-- CreateEnum
CREATE TYPE "WishAction" AS ENUM ('SUBMIT', 'HANDLE_ON_SITE', 'REFER', 'RECORD_REFERRAL_OUTCOME', 'ESCALATE', 'RECORD_COUNCIL_DECISION', 'SETTLE', 'REOPEN', 'MARK_DUPLICATE', 'ADD_NOTE', 'RATE');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('RESIDENT', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "CouncilMeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'STAFF', 'SECRETARY');

-- CreateTable
CREATE TABLE "Community" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "district" TEXT,
    "subdistrict" TEXT,
    "replyTargetHours" INTEGER NOT NULL DEFAULT 48,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "type" "OrganizationType" NOT NULL,
    "description" TEXT,
    "descriptionEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketDay" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "theme" TEXT NOT NULL,
    "themeEn" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "placeEn" TEXT,
    "address" TEXT,
    "addressEn" TEXT,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "description" TEXT,
    "descriptionEn" TEXT,
    "status" "MarketDayStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "visitorCount" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MarketDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MarketDayOrganization" (
    "marketDayId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "role" "MarketDayRole" NOT NULL DEFAULT 'PARTNER',

    CONSTRAINT "MarketDayOrganization_pkey" PRIMARY KEY ("marketDayId","organizationId")
);

-- CreateTable
CREATE TABLE "Stall" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "marketDayId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "category" "StallCategory" NOT NULL,
    "audiences" "Audience"[],
    "services" TEXT[],
    "servicesEn" TEXT[],
    "description" TEXT,
    "descriptionEn" TEXT,
    "hostNote" TEXT,
    "hostNoteEn" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Stall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StallHost" (
    "stallId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "StallHost_pkey" PRIMARY KEY ("stallId","organizationId")
);

-- CreateTable
CREATE TABLE "Wish" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "kind" "WishKind" NOT NULL,
    "category" "WishCategory" NOT NULL,
    "content" TEXT NOT NULL,
    "channel" "WishChannel" NOT NULL DEFAULT 'WEB',
    "status" "WishStatus" NOT NULL DEFAULT 'SUBMITTED',
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "nameEnc" TEXT,
    "phoneEnc" TEXT,
    "phoneLast4" CHAR(4),
    "phoneHash" TEXT,
    "buildingEnc" TEXT,
    "consentAt" TIMESTAMPTZ(3),
    "neededAt" TIMESTAMPTZ(3),
    "mobilityAids" "MobilityAid"[],
    "pickupAddressEnc" TEXT,
    "marketDayId" UUID,
    "stallId" UUID,
    "referralOrgId" UUID,
    "referralDepartment" TEXT,
    "referralDueAt" TIMESTAMPTZ(3),
    "referralOutcome" TEXT,
    "councilItemId" UUID,
    "duplicateOfId" UUID,
    "publicReply" TEXT,
    "replyDueAt" TIMESTAMPTZ(3) NOT NULL,
    "firstReplyAt" TIMESTAMPTZ(3),
    "handledOnSiteAt" TIMESTAMPTZ(3),
    "referredAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "settledAt" TIMESTAMPTZ(3),
    "satisfaction" SMALLINT,
    "satisfactionComment" TEXT,
    "ratedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Wish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WishEvent" (
    "id" UUID NOT NULL,
    "wishId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "action" "WishAction" NOT NULL,
    "fromStatus" "WishStatus",
    "toStatus" "WishStatus" NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" UUID,
    "publicNote" TEXT,
    "internalNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WishEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMeeting" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "scheduledAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "attendees" TEXT,
    "minutes" TEXT,
    "status" "CouncilMeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CouncilMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "topic" TEXT NOT NULL,
    "topicEn" TEXT,
    "decision" TEXT,
    "decisionEn" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CouncilItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionsValidAfter" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Community_slug_key" ON "Community"("slug");

-- CreateIndex
CREATE INDEX "Organization_communityId_type_idx" ON "Organization"("communityId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_communityId_name_key" ON "Organization"("communityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "MarketDay_slug_key" ON "MarketDay"("slug");

-- CreateIndex
CREATE INDEX "MarketDay_communityId_status_startsAt_idx" ON "MarketDay"("communityId", "status", "startsAt");

-- CreateIndex
CREATE INDEX "MarketDayOrganization_organizationId_idx" ON "MarketDayOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "Stall_communityId_key_idx" ON "Stall"("communityId", "key");

-- CreateIndex
CREATE INDEX "Stall_communityId_category_idx" ON "Stall"("communityId", "category");

-- CreateIndex
CREATE INDEX "Stall_audiences_idx" ON "Stall" USING GIN ("audiences");

-- CreateIndex
CREATE UNIQUE INDEX "Stall_marketDayId_number_key" ON "Stall"("marketDayId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Stall_marketDayId_key_key" ON "Stall"("marketDayId", "key");

-- CreateIndex
CREATE INDEX "StallHost_organizationId_idx" ON "StallHost"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Wish_trackingCode_key" ON "Wish"("trackingCode");

-- CreateIndex
CREATE UNIQUE INDEX "Wish_idempotencyKey_key" ON "Wish"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Wish_communityId_createdAt_id_idx" ON "Wish"("communityId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Wish_communityId_status_createdAt_id_idx" ON "Wish"("communityId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Wish_communityId_replyDueAt_idx" ON "Wish"("communityId", "replyDueAt");

-- CreateIndex
CREATE INDEX "Wish_communityId_referralDueAt_idx" ON "Wish"("communityId", "referralDueAt");

-- CreateIndex
CREATE INDEX "Wish_marketDayId_status_idx" ON "Wish"("marketDayId", "status");

-- CreateIndex
CREATE INDEX "Wish_stallId_idx" ON "Wish"("stallId");

-- CreateIndex
CREATE INDEX "Wish_councilItemId_idx" ON "Wish"("councilItemId");

-- CreateIndex
CREATE INDEX "Wish_duplicateOfId_idx" ON "Wish"("duplicateOfId");

-- CreateIndex
CREATE INDEX "Wish_referralOrgId_idx" ON "Wish"("referralOrgId");

-- CreateIndex
CREATE INDEX "Wish_phoneHash_idx" ON "Wish"("phoneHash");

-- CreateIndex
CREATE INDEX "Wish_communityId_isPublic_status_createdAt_idx" ON "Wish"("communityId", "isPublic", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Wish_content_trgm_idx" ON "Wish" USING GIN ("content" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "WishEvent_actorId_idx" ON "WishEvent"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "WishEvent_wishId_sequence_key" ON "WishEvent"("wishId", "sequence");

-- CreateIndex
CREATE INDEX "CouncilMeeting_communityId_scheduledAt_idx" ON "CouncilMeeting"("communityId", "scheduledAt");

-- CreateIndex
CREATE INDEX "CouncilItem_meetingId_position_idx" ON "CouncilItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_username_key" ON "StaffUser"("username");

-- CreateIndex
CREATE INDEX "StaffUser_communityId_role_idx" ON "StaffUser"("communityId", "role");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDay" ADD CONSTRAINT "MarketDay_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDayOrganization" ADD CONSTRAINT "MarketDayOrganization_marketDayId_fkey" FOREIGN KEY ("marketDayId") REFERENCES "MarketDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MarketDayOrganization" ADD CONSTRAINT "MarketDayOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stall" ADD CONSTRAINT "Stall_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stall" ADD CONSTRAINT "Stall_marketDayId_fkey" FOREIGN KEY ("marketDayId") REFERENCES "MarketDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StallHost" ADD CONSTRAINT "StallHost_stallId_fkey" FOREIGN KEY ("stallId") REFERENCES "Stall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StallHost" ADD CONSTRAINT "StallHost_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wish" ADD CONSTRAINT "Wish_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wish" ADD CONSTRAINT "Wish_marketDayId_fkey" FOREIGN KEY ("marketDayId") REFERENCES "MarketDay"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wish" ADD CONSTRAINT "Wish_stallId_fkey" FOREIGN KEY ("stallId") REFERENCES "Stall"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wish" ADD CONSTRAINT "Wish_referralOrgId_fkey" FOREIGN KEY ("referralOrgId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wish" ADD CONSTRAINT "Wish_councilItemId_fkey" FOREIGN KEY ("councilItemId") REFERENCES "CouncilItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Wish" ADD CONSTRAINT "Wish_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Wish"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WishEvent" ADD CONSTRAINT "WishEvent_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "Wish"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WishEvent" ADD CONSTRAINT "WishEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMeeting" ADD CONSTRAINT "CouncilMeeting_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilItem" ADD CONSTRAINT "CouncilItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

