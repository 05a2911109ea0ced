-- 信息计划、约稿、点题、紧急信息、报送任务、信息员备案、消息和定时提醒（issue 6）

ALTER TABLE "CheckSettings" ADD COLUMN "urgentHours" INTEGER NOT NULL DEFAULT 4;

ALTER TABLE "Draft" ADD COLUMN "commissionTargetId" UUID, ADD COLUMN "topicAssignmentId" UUID, ADD COLUMN "planTopicId" UUID, ADD COLUMN "urgentCaseId" UUID;

CREATE TABLE "InfoPlan" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InfoPlan_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PlanTopic" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "kind" "DraftKind",
    "unitIds" UUID[],

    CONSTRAINT "PlanTopic_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Commission" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "wordLimit" INTEGER,
    "kind" "DraftKind",
    "dueOn" DATE NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,

    CONSTRAINT "Commission_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CommissionTarget" (
    "id" UUID NOT NULL,
    "commissionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "assigneeId" UUID,
    "assignedById" UUID,
    "assignedAt" TIMESTAMP(3),
    "overdueAt" TIMESTAMP(3),

    CONSTRAINT "CommissionTarget_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TopicAssignment" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "assigneeId" UUID NOT NULL,
    "assignedById" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL DEFAULT '',
    "dueOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "TopicAssignment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "UrgentCase" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "eventAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "phoneReportedAt" TIMESTAMP(3),
    "phoneReporter" TEXT,
    "phoneSummary" TEXT,
    "phoneLoggedById" UUID,
    "firstReportAt" TIMESTAMP(3),
    "lateAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedById" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UrgentCase_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "UnitQuota" (
    "unitId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "monthlyMin" INTEGER NOT NULL,
    "flagshipTarget" INTEGER NOT NULL,
    "adoptedTarget" INTEGER NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitQuota_pkey" PRIMARY KEY ("unitId","year")
);

CREATE TABLE "RosterChange" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "officerId" UUID,
    "officerName" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "filedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterChange_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Reminder" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectId" UUID NOT NULL,
    "fireAt" TIMESTAMP(3) NOT NULL,
    "firedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Draft_commissionTargetId_idx" ON "Draft"("commissionTargetId");

CREATE INDEX "Draft_topicAssignmentId_idx" ON "Draft"("topicAssignmentId");

CREATE INDEX "Draft_planTopicId_idx" ON "Draft"("planTopicId");

CREATE INDEX "Draft_urgentCaseId_idx" ON "Draft"("urgentCaseId");

CREATE INDEX "InfoPlan_period_idx" ON "InfoPlan"("period");

CREATE INDEX "PlanTopic_planId_sortOrder_idx" ON "PlanTopic"("planId", "sortOrder");

CREATE INDEX "Commission_dueOn_idx" ON "Commission"("dueOn");

CREATE INDEX "CommissionTarget_unitId_idx" ON "CommissionTarget"("unitId");

CREATE INDEX "CommissionTarget_assigneeId_idx" ON "CommissionTarget"("assigneeId");

CREATE UNIQUE INDEX "CommissionTarget_commissionId_unitId_key" ON "CommissionTarget"("commissionId", "unitId");

CREATE INDEX "TopicAssignment_assigneeId_createdAt_idx" ON "TopicAssignment"("assigneeId", "createdAt");

CREATE INDEX "TopicAssignment_unitId_createdAt_idx" ON "TopicAssignment"("unitId", "createdAt");

CREATE INDEX "UrgentCase_unitId_eventAt_idx" ON "UrgentCase"("unitId", "eventAt");

CREATE INDEX "UrgentCase_closedAt_dueAt_idx" ON "UrgentCase"("closedAt", "dueAt");

CREATE INDEX "RosterChange_unitId_createdAt_idx" ON "RosterChange"("unitId", "createdAt");

CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

CREATE INDEX "Reminder_firedAt_fireAt_idx" ON "Reminder"("firedAt", "fireAt");

ALTER TABLE "Draft" ADD CONSTRAINT "Draft_commissionTargetId_fkey" FOREIGN KEY ("commissionTargetId") REFERENCES "CommissionTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Draft" ADD CONSTRAINT "Draft_topicAssignmentId_fkey" FOREIGN KEY ("topicAssignmentId") REFERENCES "TopicAssignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Draft" ADD CONSTRAINT "Draft_planTopicId_fkey" FOREIGN KEY ("planTopicId") REFERENCES "PlanTopic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Draft" ADD CONSTRAINT "Draft_urgentCaseId_fkey" FOREIGN KEY ("urgentCaseId") REFERENCES "UrgentCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "InfoPlan" ADD CONSTRAINT "InfoPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "PlanTopic" ADD CONSTRAINT "PlanTopic_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InfoPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Commission" ADD CONSTRAINT "Commission_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CommissionTarget" ADD CONSTRAINT "CommissionTarget_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CommissionTarget" ADD CONSTRAINT "CommissionTarget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "CommissionTarget" ADD CONSTRAINT "CommissionTarget_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "TopicAssignment" ADD CONSTRAINT "TopicAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "TopicAssignment" ADD CONSTRAINT "TopicAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "TopicAssignment" ADD CONSTRAINT "TopicAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "UrgentCase" ADD CONSTRAINT "UrgentCase_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "UrgentCase" ADD CONSTRAINT "UrgentCase_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "UnitQuota" ADD CONSTRAINT "UnitQuota_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "RosterChange" ADD CONSTRAINT "RosterChange_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "RosterChange" ADD CONSTRAINT "RosterChange_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "RosterChange" ADD CONSTRAINT "RosterChange_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 信息员备案只增不改：换人就新增一条，历史永远留着（写法同 0002）。
CREATE FUNCTION roster_change_append_only() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''RosterChange is append-only: file a new change instead''\073 END\073';

CREATE TRIGGER roster_change_append_only
  BEFORE UPDATE OR DELETE ON "RosterChange"
  FOR EACH ROW EXECUTE FUNCTION roster_change_append_only();
