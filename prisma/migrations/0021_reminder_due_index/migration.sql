-- The sweep takes the next due reminder with ORDER BY "fireAt", id LIMIT 1 FOR UPDATE SKIP LOCKED.
-- With 10,000 reminders due at 09:00 the old index ("firedAt", "fireAt") left a sort of every due
-- row for each pick (19 ms in scripts/bench/surge.ts). This partial index hands them out in order
-- (0.1 ms) and holds only the reminders not yet sent. (No semicolons in these comments: Prisma
-- splits the file at them.)
DROP INDEX IF EXISTS "Reminder_firedAt_fireAt_idx";
CREATE INDEX "Reminder_due_idx" ON "Reminder"("fireAt", "id") WHERE "firedAt" IS NULL;
