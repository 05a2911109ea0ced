-- The data model says what it means: foreign keys where ids had none, enums where strings held
-- a fixed list, a join table for a plan topic's units, and CHECKs for the rules Prisma cannot
-- express (a draft has at most one origin, each settings table holds one row).
--
-- ON DELETE RESTRICT for every new key to a user or a unit: accounts and units are disabled,
-- never deleted, so a delete reaching them is a mistake to refuse. The same for the score
-- ledger: it is append-only (0002 refuses UPDATE and DELETE), so a SET NULL or CASCADE from a
-- draft or from the entry it reverses could never run, and a draft named by the ledger (only a
-- published one) must not go away. A plan topic's units go with the topic (CASCADE), as the
-- topic goes with its plan.
--
-- Prisma's migration runner here splits the file at every semicolon, even inside comments and
-- quoted strings: comments here have none, and function bodies write theirs as \073 (as in 0002).

-- Enums for the strings that only ever held a fixed list. The values are every one the code has
-- written: the ledger's sources, the levels of lib/scores/record-kinds.ts and the kinds of
-- notification, which become the enum's names ("draft.reviewer_return" is DRAFT_REVIEWER_RETURN).
CREATE TYPE "ScoreSourceType" AS ENUM ('ISSUE_ITEM', 'SCORE_RECORD', 'COMMISSION_TARGET', 'URGENT_CASE', 'OPENING');

CREATE TYPE "ScoreRecordLevel" AS ENUM ('COUNTY', 'CITY', 'PROVINCE', 'CENTRAL', 'PROVINCIAL', 'NATIONAL', 'ANY', 'MISSED_COMMISSION', 'LATE_URGENT', 'SECRECY');

CREATE TYPE "NotificationKind" AS ENUM ('DRAFT_SUBMIT', 'DRAFT_REVIEWER_RETURN', 'DRAFT_APPROVE', 'DRAFT_EDITOR_RETURN', 'DRAFT_ADOPT', 'DRAFT_DECLINE', 'DRAFT_PUBLISH', 'ISSUE_SIGNOFF', 'ISSUE_SIGNED', 'ISSUE_RETURNED', 'PLAN_PUBLISHED', 'COMMISSION_PUBLISHED', 'COMMISSION_ASSIGNED', 'COMMISSION_CANCELLED', 'COMMISSION_DUE', 'COMMISSION_OVERDUE', 'TOPIC_ASSIGNED', 'TOPIC_CANCELLED', 'TOPIC_DUE', 'URGENT_OPEN', 'URGENT_PHONE', 'URGENT_DUE', 'URGENT_OVERDUE', 'ROSTER_CHANGED', 'PLACEMENT', 'INSTRUCTION', 'TRAINING_NOTE', 'TRAINING_PAIR');

-- A rewrite of the table, not an UPDATE: the ledger's append-only trigger does not fire.
ALTER TABLE "ScoreEntry" ALTER COLUMN "sourceType" TYPE "ScoreSourceType" USING "sourceType"::"ScoreSourceType";

ALTER TABLE "Notification" ALTER COLUMN "kind" TYPE "NotificationKind" USING upper(replace("kind", '.', '_'))::"NotificationKind";

-- A placement's level becomes its score record's level when verified: the same enum.
ALTER TABLE "Placement" ALTER COLUMN "level" TYPE "ScoreRecordLevel" USING "level"::"ScoreRecordLevel";

-- ScoreRecord.level feeds the counts rollup (0016): its update trigger names the column in its
-- WHEN clause (dropped and made again around the change of type), and the trigger functions pass
-- the level on as text, as they already did the kind.
DROP TRIGGER counts_rollup_record_update ON "ScoreRecord";

ALTER TABLE "ScoreRecord" ALTER COLUMN "level" TYPE "ScoreRecordLevel" USING "level"::"ScoreRecordLevel";

CREATE OR REPLACE FUNCTION counts_rollup_record_rows() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM counts_add(ARRAY(SELECT c FROM new_rows n, record_counts(n."unitId", n.kind::text, n.level::text, n."occurredOn", n."reversedAt", 1) c))\073
  ELSE
    PERFORM counts_add(ARRAY(SELECT c FROM old_rows o, record_counts(o."unitId", o.kind::text, o.level::text, o."occurredOn", o."reversedAt", -1) c))\073
  END IF\073
  RETURN NULL\073
END ';

CREATE OR REPLACE FUNCTION counts_rollup_record_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM record_counts(OLD."unitId", OLD.kind::text, OLD.level::text, OLD."occurredOn", OLD."reversedAt", -1) c
    UNION ALL SELECT c FROM record_counts(NEW."unitId", NEW.kind::text, NEW.level::text, NEW."occurredOn", NEW."reversedAt", 1) c))\073
  RETURN NULL\073
END ';

CREATE TRIGGER counts_rollup_record_update AFTER UPDATE ON "ScoreRecord" FOR EACH ROW
  WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.level IS DISTINCT FROM NEW.level
    OR OLD."occurredOn" IS DISTINCT FROM NEW."occurredOn" OR OLD."reversedAt" IS DISTINCT FROM NEW."reversedAt")
  EXECUTE FUNCTION counts_rollup_record_update();

-- A plan topic's units: one row per unit instead of a uuid array no key could check. No row
-- still means the whole county. The unit index answers a unit's "topics meant for me".
CREATE TABLE "PlanTopicUnit" (
    "topicId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "PlanTopicUnit_pkey" PRIMARY KEY ("topicId","unitId")
);

CREATE INDEX "PlanTopicUnit_unitId_idx" ON "PlanTopicUnit"("unitId");

ALTER TABLE "PlanTopicUnit" ADD CONSTRAINT "PlanTopicUnit_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "PlanTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "PlanTopicUnit" ADD CONSTRAINT "PlanTopicUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

INSERT INTO "PlanTopicUnit" ("topicId", "unitId")
SELECT DISTINCT t.id, u.id FROM "PlanTopic" t CROSS JOIN LATERAL unnest(t."unitIds") AS u(id);

ALTER TABLE "PlanTopic" DROP COLUMN "unitIds";

-- Foreign keys for the id columns that had none. Deleting an unsent draft checks the ledger, so
-- ScoreEntry.draftId gets an index (reversalOfId is unique, hence indexed already).
CREATE INDEX "ScoreEntry_draftId_idx" ON "ScoreEntry"("draftId");

ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_reversalOfId_fkey" FOREIGN KEY ("reversalOfId") REFERENCES "ScoreEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "InstructionFollowUp" ADD CONSTRAINT "InstructionFollowUp_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "InstructionFollowUp" ADD CONSTRAINT "InstructionFollowUp_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CommissionTarget" ADD CONSTRAINT "CommissionTarget_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "UrgentCase" ADD CONSTRAINT "UrgentCase_phoneLoggedById_fkey" FOREIGN KEY ("phoneLoggedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "UrgentCase" ADD CONSTRAINT "UrgentCase_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "UnitQuota" ADD CONSTRAINT "UnitQuota_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "SubmittedRequest" ADD CONSTRAINT "SubmittedRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "SecuritySettings" ADD CONSTRAINT "SecuritySettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CheckSettings" ADD CONSTRAINT "CheckSettings_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "WatchTerm" ADD CONSTRAINT "WatchTerm_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A draft answers at most one thing: a 约稿, a 点题, a plan topic or an urgent event
-- (lib/drafts/origin.ts links exactly one, and nothing links a draft later).
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_one_origin"
  CHECK (num_nonnulls("commissionTargetId", "topicAssignmentId", "planTopicId", "urgentCaseId") <= 1);

-- Each settings table holds one row, id 1, named alike (SecuritySettings_one_row is 0012's).
ALTER TABLE "CheckSettings" ADD CONSTRAINT "CheckSettings_one_row" CHECK ("id" = 1);

ALTER TABLE "SimilarityIndexBuild" RENAME CONSTRAINT "SimilarityIndexBuild_single_row" TO "SimilarityIndexBuild_one_row";
