-- Bulletin production: sign-off, series settings, sections and print edits, voiding.
ALTER TYPE "IssueStatus" ADD VALUE 'PENDING_SIGNOFF' BEFORE 'PUBLISHED';
ALTER TYPE "IssueStatus" ADD VALUE 'SIGNED' BEFORE 'PUBLISHED';

ALTER TABLE "Series"
  ADD COLUMN "mastheadTitle" TEXT,
  ADD COLUMN "showTotalNumber" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "requiresSignOff" BOOLEAN NOT NULL DEFAULT true,
  ADD COLUMN "distributionReport" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "distributionSend" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "distributionIssue" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "printCount" INTEGER,
  ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Series" SET "mastheadTitle" = "name";
ALTER TABLE "Series" ALTER COLUMN "mastheadTitle" SET NOT NULL;

ALTER TABLE "BulletinIssue"
  ADD COLUMN "distributionReport" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "distributionSend" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "distributionIssue" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "printCount" INTEGER,
  ADD COLUMN "signedById" UUID,
  ADD COLUMN "signedAt" TIMESTAMP(3),
  ADD COLUMN "signedHash" TEXT,
  ADD COLUMN "returnComment" TEXT,
  ADD COLUMN "voidReason" TEXT,
  ADD COLUMN "voidedAt" TIMESTAMP(3),
  ADD COLUMN "voidedById" UUID;

ALTER TABLE "BulletinIssue" ADD CONSTRAINT "BulletinIssue_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "BulletinIssue" ADD CONSTRAINT "BulletinIssue_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "IssueItem"
  ADD COLUMN "section" TEXT,
  ADD COLUMN "editorNote" TEXT;
