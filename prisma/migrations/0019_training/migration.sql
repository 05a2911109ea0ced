-- Training (培训、以会代训、传帮带): sessions with materials and attendance, mentoring pairs,
-- and 改稿说明 (what the county changed in a draft, sent to its author as a teaching note).
CREATE TYPE "TrainingForm" AS ENUM ('LECTURE', 'MEETING', 'SHADOWING', 'ONLINE');

CREATE TABLE "TrainingSession" (
    "id" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "form" "TrainingForm" NOT NULL,
    "trainer" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TrainingMaterial" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingMaterial_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "training_material_size" CHECK ("size" > 0 AND "size" = octet_length("data"))
);

CREATE TABLE "TrainingAttendance" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("sessionId", "userId")
);

CREATE TABLE "MentorPair" (
    "id" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "menteeId" UUID NOT NULL,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorPair_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "mentor_pair_two_people" CHECK ("mentorId" <> "menteeId"),
    CONSTRAINT "mentor_pair_period" CHECK ("endedOn" IS NULL OR "endedOn" >= "startedOn")
);

CREATE TABLE "TeachingNote" (
    "id" UUID NOT NULL,
    "draftId" UUID NOT NULL,
    "officerId" UUID NOT NULL,
    "editorId" UUID NOT NULL,
    "beforeTitle" TEXT NOT NULL,
    "beforeBody" TEXT NOT NULL,
    "afterTitle" TEXT NOT NULL,
    "afterBody" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeachingNote_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "TrainingSession_heldOn_idx" ON "TrainingSession"("heldOn");
CREATE INDEX "TrainingMaterial_sessionId_createdAt_idx" ON "TrainingMaterial"("sessionId", "createdAt");
CREATE INDEX "TrainingAttendance_userId_idx" ON "TrainingAttendance"("userId");
CREATE INDEX "MentorPair_mentorId_idx" ON "MentorPair"("mentorId");
CREATE INDEX "MentorPair_menteeId_idx" ON "MentorPair"("menteeId");
-- One open pair of the same two people at a time: two clicks cannot add it twice.
CREATE UNIQUE INDEX "mentor_pair_open" ON "MentorPair"("mentorId", "menteeId") WHERE "endedOn" IS NULL;
CREATE INDEX "TeachingNote_officerId_sentAt_idx" ON "TeachingNote"("officerId", "sentAt");
CREATE INDEX "TeachingNote_draftId_idx" ON "TeachingNote"("draftId");

ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrainingMaterial" ADD CONSTRAINT "TrainingMaterial_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingMaterial" ADD CONSTRAINT "TrainingMaterial_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MentorPair" ADD CONSTRAINT "MentorPair_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeachingNote" ADD CONSTRAINT "TeachingNote_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeachingNote" ADD CONSTRAINT "TeachingNote_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeachingNote" ADD CONSTRAINT "TeachingNote_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
