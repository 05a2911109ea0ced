-- Each ledger entry names the node whose ledger it is on (ScoreEntry."nodeId", the node of its
-- scoring rule), so a node's 积分台账 lists its rows newest first from one index: before, every
-- node's rows of the year were walked newest first and joined to their rule until a page of this
-- node's was found (at a city of ten counties the city's own ledger, 0.6 % of the rows, took
-- ~40 ms a page, a month view or a later page of a county's ~15-100 ms).
-- A BEFORE INSERT trigger sets it from the rule on every insert, whatever the writer passed, so
-- it cannot disagree with the rule. It is nullable in the Prisma schema only so that writers need
-- not pass it, and the CHECK keeps it filled.
-- The ledger is append-only (0002): the backfill runs with that guard off, in this transaction.
-- The index of the ledger by year alone (0023) served the old walk and the count and sum, which
-- the rollup gives now (0037), and goes.
-- Function bodies write their semicolons as \073 in E'' strings (as in 0016).

ALTER TABLE "ScoreEntry" ADD COLUMN "nodeId" UUID;

ALTER TABLE "ScoreEntry" DISABLE TRIGGER score_entry_append_only;
UPDATE "ScoreEntry" e SET "nodeId" = r."nodeId" FROM "ScoringRule" r WHERE r.id = e."ruleId";
ALTER TABLE "ScoreEntry" ENABLE TRIGGER score_entry_append_only;

ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_nodeId_filled" CHECK ("nodeId" IS NOT NULL);

CREATE FUNCTION score_entry_node() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."nodeId" := (SELECT "nodeId" FROM "ScoringRule" WHERE id = NEW."ruleId")\073
  RETURN NEW\073
END ';

CREATE TRIGGER score_entry_node BEFORE INSERT ON "ScoreEntry" FOR EACH ROW EXECUTE FUNCTION score_entry_node();

DROP INDEX "ScoreEntry_year_occurredAt_id_points_idx";
CREATE INDEX "ScoreEntry_nodeId_year_occurredAt_id_idx" ON "ScoreEntry"("nodeId", "year", "occurredAt" DESC, "id");
