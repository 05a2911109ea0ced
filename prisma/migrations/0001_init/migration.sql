-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('COUNTY', 'TOWNSHIP', 'SUBDISTRICT', 'AGENCY');

-- CreateEnum
CREATE TYPE "RankGroup" AS ENUM ('TOWNSHIP', 'AGENCY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICER', 'REVIEWER', 'EDITOR', 'LEADER', 'ADMIN');

-- CreateEnum
CREATE TYPE "DraftKind" AS ENUM ('NEWS', 'EXPERIENCE', 'PROBLEM', 'RESEARCH', 'URGENT');

-- CreateEnum
CREATE TYPE "DraftStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'FORWARDED', 'EDITING', 'RETURNED', 'ADOPTED', 'NOT_ADOPTED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DraftAction" AS ENUM ('SUBMIT', 'WITHDRAW', 'APPROVE', 'REVIEWER_RETURN', 'CLAIM', 'EDITOR_RETURN', 'DECLINE', 'ADOPT', 'UNADOPT', 'PUBLISH');

-- CreateEnum
CREATE TYPE "VersionReason" AS ENUM ('SUBMITTED', 'REVIEWER_EDIT', 'COUNTY_EDIT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "IssueStatus" AS ENUM ('COMPOSING', 'PUBLISHED', 'VOIDED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "rankGroup" "RankGroup",
    "parentId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "sessionsValidFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "roles" "Role"[],
    "unitId" UUID NOT NULL,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "username" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailure" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("username")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "DraftKind" NOT NULL,
    "eventDate" DATE NOT NULL,
    "body" TEXT NOT NULL,
    "isFlagship" BOOLEAN NOT NULL DEFAULT false,
    "contact" TEXT,
    "status" "DraftStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "forwardedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftVersion" (
    "id" UUID NOT NULL,
    "draftId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "reason" "VersionReason" NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "DraftKind" NOT NULL,
    "eventDate" DATE NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftEvent" (
    "id" UUID NOT NULL,
    "draftId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "action" "DraftAction" NOT NULL,
    "fromStatus" "DraftStatus" NOT NULL,
    "toStatus" "DraftStatus" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Series" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "issuingBody" TEXT NOT NULL,
    "totalCount" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeriesYearCounter" (
    "seriesId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SeriesYearCounter_pkey" PRIMARY KEY ("seriesId","year")
);

-- CreateTable
CREATE TABLE "BulletinIssue" (
    "id" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "status" "IssueStatus" NOT NULL DEFAULT 'COMPOSING',
    "editorNote" TEXT,
    "year" INTEGER,
    "number" INTEGER,
    "totalNumber" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulletinIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueItem" (
    "id" UUID NOT NULL,
    "issueId" UUID NOT NULL,
    "draftId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT,
    "body" TEXT,

    CONSTRAINT "IssueItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringRule" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "label" TEXT NOT NULL,
    "points" DECIMAL(8,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEntry" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "userId" UUID,
    "ruleId" UUID NOT NULL,
    "points" DECIMAL(8,2) NOT NULL,
    "year" INTEGER NOT NULL,
    "sourceType" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "draftId" UUID,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedById" UUID NOT NULL,
    "reversalOfId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "Draft_unitId_status_idx" ON "Draft"("unitId", "status");

-- CreateIndex
CREATE INDEX "Draft_status_forwardedAt_idx" ON "Draft"("status", "forwardedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DraftVersion_draftId_number_key" ON "DraftVersion"("draftId", "number");

-- CreateIndex
CREATE INDEX "DraftEvent_draftId_createdAt_idx" ON "DraftEvent"("draftId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Series_name_key" ON "Series"("name");

-- CreateIndex
CREATE INDEX "BulletinIssue_status_idx" ON "BulletinIssue"("status");

-- CreateIndex
CREATE UNIQUE INDEX "BulletinIssue_seriesId_year_number_key" ON "BulletinIssue"("seriesId", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "BulletinIssue_seriesId_totalNumber_key" ON "BulletinIssue"("seriesId", "totalNumber");

-- CreateIndex
CREATE UNIQUE INDEX "IssueItem_draftId_key" ON "IssueItem"("draftId");

-- CreateIndex
CREATE INDEX "IssueItem_issueId_position_idx" ON "IssueItem"("issueId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringRule_year_code_version_key" ON "ScoringRule"("year", "code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEntry_dedupeKey_key" ON "ScoreEntry"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEntry_reversalOfId_key" ON "ScoreEntry"("reversalOfId");

-- CreateIndex
CREATE INDEX "ScoreEntry_year_unitId_idx" ON "ScoreEntry"("year", "unitId");

-- CreateIndex
CREATE INDEX "ScoreEntry_sourceType_sourceId_idx" ON "ScoreEntry"("sourceType", "sourceId");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftVersion" ADD CONSTRAINT "DraftVersion_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftVersion" ADD CONSTRAINT "DraftVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftEvent" ADD CONSTRAINT "DraftEvent_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftEvent" ADD CONSTRAINT "DraftEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeriesYearCounter" ADD CONSTRAINT "SeriesYearCounter_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinIssue" ADD CONSTRAINT "BulletinIssue_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinIssue" ADD CONSTRAINT "BulletinIssue_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinIssue" ADD CONSTRAINT "BulletinIssue_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueItem" ADD CONSTRAINT "IssueItem_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "BulletinIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueItem" ADD CONSTRAINT "IssueItem_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "ScoringRule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

