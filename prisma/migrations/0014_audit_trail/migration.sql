-- 操作日志: where a change came from (address, browser), the actor's unit at the time, indexes
-- for the viewer's filters, and the rule that nobody may change or delete a row (等保: the
-- trail is kept at least 180 days, the app never purges it).
-- Prisma's migration runner here splits the file at every semicolon, quoted or not, so the
-- function bodies write their semicolons as \073 in E'' strings (as in 0002).

ALTER TABLE "AuditLog" ADD COLUMN "unitId" UUID,
ADD COLUMN "ip" TEXT,
ADD COLUMN "userAgent" TEXT;

-- Rows written before this migration get the unit their actor belongs to now: the best
-- there is. This runs before the append-only trigger exists.
UPDATE "AuditLog" a SET "unitId" = u."unitId" FROM "User" u WHERE u."id" = a."actorId";

ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");
CREATE INDEX "AuditLog_unitId_createdAt_idx" ON "AuditLog"("unitId", "createdAt");
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");
CREATE INDEX "AuditLog_ip_createdAt_idx" ON "AuditLog"("ip", "createdAt");

-- The unit is the actor's unit at the moment of the change, taken in the same statement, so
-- no caller of audit() has to look it up and a later move to another unit does not rewrite it.
CREATE FUNCTION audit_log_actor_unit() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF NEW."unitId" IS NULL AND NEW."actorId" IS NOT NULL THEN SELECT "unitId" INTO NEW."unitId" FROM "User" WHERE "id" = NEW."actorId"\073 END IF\073 RETURN NEW\073 END\073';

CREATE TRIGGER audit_log_actor_unit
  BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_actor_unit();

-- Append-only like the score ledger. (TRUNCATE, used only by the test suite, is not affected.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''AuditLog is append-only: audit rows are never changed or deleted''\073 END\073';

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
