-- Rollups of the score figures, kept by triggers in the same transaction as every change
-- to what they count, so the ranking, the dashboard, 通报 and 本单位积分 read a few hundred
-- summary rows instead of aggregating drafts, issues and the ledger on every request.
-- Months are local (Asia/Shanghai): a month, quarter or year is a range of months.
--   "PointsRollup": ledger points per unit × month × rule code (ScoreEntry is append-only,
--     so only its INSERT moves it).
--   "CountsRollup": per unit × month, 报送数 (Draft.forwardedAt), 县级采用 (items of issues
--     while PUBLISHED, by publishedAt), 市级/省级及以上采用 (UPPER_ADOPTION records not
--     reversed, by occurredOn) and 未采用 (NOT_ADOPTED drafts, by decidedAt).
-- Every trigger subtracts what the old rows counted and adds what the new rows count, so any
-- change (a status, a date, a unit, a void, a reversal) lands exactly once. Bulk INSERTs and
-- DELETEs use statement triggers with transition tables (one grouped upsert, rows taken in
-- key order so concurrent writers lock them in the same order), UPDATEs use row triggers
-- that fire only when a counted column changes (autosaving a draft's text costs nothing).
-- lib/scores/rollup-check.ts holds the bare aggregate the rollups must always equal.
-- Prisma's migration runner here splits the file at every semicolon, quoted or not, so the
-- function bodies write their semicolons as \073 in E'' strings (as in 0002).

CREATE TABLE "PointsRollup" (
    "month" DATE NOT NULL,
    "unitId" UUID NOT NULL,
    "ruleCode" TEXT NOT NULL,
    "points" DECIMAL(14,2) NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "PointsRollup_pkey" PRIMARY KEY ("month","unitId","ruleCode")
);

CREATE TABLE "CountsRollup" (
    "month" DATE NOT NULL,
    "unitId" UUID NOT NULL,
    "submitted" INTEGER NOT NULL DEFAULT 0,
    "adoptedCounty" INTEGER NOT NULL DEFAULT 0,
    "adoptedCity" INTEGER NOT NULL DEFAULT 0,
    "adoptedProvincePlus" INTEGER NOT NULL DEFAULT 0,
    "declined" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CountsRollup_pkey" PRIMARY KEY ("month","unitId")
);

ALTER TABLE "PointsRollup" ADD CONSTRAINT "PointsRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CountsRollup" ADD CONSTRAINT "CountsRollup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Timestamps are stored as UTC without a zone: the first day of their month in Shanghai.
CREATE FUNCTION shanghai_month(ts timestamp) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
E'SELECT date_trunc(''month'', (ts AT TIME ZONE ''UTC'') AT TIME ZONE ''Asia/Shanghai'')::date';

-- What one row of each source counts, signed (+1 for a row that appears, -1 for one that
-- goes): the single definition of each figure. Each returns rollup rows to be added.
CREATE FUNCTION draft_counts(unit uuid, forwarded timestamp, status text, decided timestamp, sign int)
RETURNS SETOF "CountsRollup" LANGUAGE sql IMMUTABLE AS E'
  SELECT shanghai_month(forwarded), unit, sign, 0, 0, 0, 0 WHERE forwarded IS NOT NULL
  UNION ALL
  SELECT shanghai_month(decided), unit, 0, 0, 0, 0, sign WHERE status = ''NOT_ADOPTED'' AND decided IS NOT NULL
';

-- Record dates are calendar dates in Shanghai already.
CREATE FUNCTION record_counts(unit uuid, kind text, level text, occurred date, reversed timestamp, sign int)
RETURNS SETOF "CountsRollup" LANGUAGE sql IMMUTABLE AS E'
  SELECT date_trunc(''month'', occurred)::date, unit, 0, 0,
    CASE WHEN level = ''CITY'' THEN sign ELSE 0 END, CASE WHEN level IN (''PROVINCE'', ''CENTRAL'') THEN sign ELSE 0 END, 0
  WHERE kind = ''UPPER_ADOPTION'' AND reversed IS NULL AND level IN (''CITY'', ''PROVINCE'', ''CENTRAL'')
';

-- A county adoption: an item of an issue while the issue is PUBLISHED, in the draft's unit and the month of publishing.
CREATE FUNCTION item_counts(unit uuid, issue_status text, published timestamp, sign int)
RETURNS SETOF "CountsRollup" LANGUAGE sql IMMUTABLE AS E'
  SELECT shanghai_month(published), unit, 0, sign, 0, 0, 0 WHERE issue_status = ''PUBLISHED'' AND published IS NOT NULL
';

CREATE FUNCTION counts_add(deltas "CountsRollup"[]) RETURNS void LANGUAGE sql AS E'
  INSERT INTO "CountsRollup" AS r
  SELECT month, "unitId", sum(submitted), sum("adoptedCounty"), sum("adoptedCity"), sum("adoptedProvincePlus"), sum(declined)
  FROM unnest(deltas)
  GROUP BY month, "unitId"
  ORDER BY month, "unitId"
  ON CONFLICT (month, "unitId") DO UPDATE SET
    submitted = r.submitted + EXCLUDED.submitted,
    "adoptedCounty" = r."adoptedCounty" + EXCLUDED."adoptedCounty",
    "adoptedCity" = r."adoptedCity" + EXCLUDED."adoptedCity",
    "adoptedProvincePlus" = r."adoptedProvincePlus" + EXCLUDED."adoptedProvincePlus",
    declined = r.declined + EXCLUDED.declined
';

-- ScoreEntry: append-only, so INSERT is the only change (TRUNCATE, for tests, empties both).
CREATE FUNCTION points_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "PointsRollup" AS r
  SELECT shanghai_month(e."occurredAt"), e."unitId", s.code, sum(e.points), count(*)
  FROM new_rows e JOIN "ScoringRule" s ON s.id = e."ruleId"
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT (month, "unitId", "ruleCode") DO UPDATE SET points = r.points + EXCLUDED.points, entries = r.entries + EXCLUDED.entries\073
  RETURN NULL\073
END ';

CREATE TRIGGER points_rollup_insert AFTER INSERT ON "ScoreEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION points_rollup_insert();

-- Draft.
CREATE FUNCTION counts_rollup_draft_rows() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM counts_add(ARRAY(SELECT c FROM new_rows n, draft_counts(n."unitId", n."forwardedAt", n.status::text, n."decidedAt", 1) c))\073
  ELSE
    PERFORM counts_add(ARRAY(SELECT c FROM old_rows o, draft_counts(o."unitId", o."forwardedAt", o.status::text, o."decidedAt", -1) c))\073
  END IF\073
  RETURN NULL\073
END ';

-- A draft moved to another unit takes its county adoptions along.
CREATE FUNCTION counts_rollup_draft_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM draft_counts(OLD."unitId", OLD."forwardedAt", OLD.status::text, OLD."decidedAt", -1) c
    UNION ALL SELECT c FROM draft_counts(NEW."unitId", NEW."forwardedAt", NEW.status::text, NEW."decidedAt", 1) c
    UNION ALL SELECT c FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId", item_counts(OLD."unitId", b.status::text, b."publishedAt", -1) c
      WHERE i."draftId" = NEW.id AND OLD."unitId" <> NEW."unitId"
    UNION ALL SELECT c FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId", item_counts(NEW."unitId", b.status::text, b."publishedAt", 1) c
      WHERE i."draftId" = NEW.id AND OLD."unitId" <> NEW."unitId"))\073
  RETURN NULL\073
END ';

CREATE TRIGGER counts_rollup_draft_insert AFTER INSERT ON "Draft"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counts_rollup_draft_rows();
CREATE TRIGGER counts_rollup_draft_delete AFTER DELETE ON "Draft"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counts_rollup_draft_rows();
CREATE TRIGGER counts_rollup_draft_update AFTER UPDATE ON "Draft" FOR EACH ROW
  WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD."forwardedAt" IS DISTINCT FROM NEW."forwardedAt"
    OR OLD.status IS DISTINCT FROM NEW.status OR OLD."decidedAt" IS DISTINCT FROM NEW."decidedAt")
  EXECUTE FUNCTION counts_rollup_draft_update();

-- IssueItem: an item added to or taken from a published issue, or moved between issues.
CREATE FUNCTION counts_rollup_item_rows() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM counts_add(ARRAY(SELECT c FROM new_rows n JOIN "Draft" d ON d.id = n."draftId" JOIN "BulletinIssue" b ON b.id = n."issueId",
      item_counts(d."unitId", b.status::text, b."publishedAt", 1) c))\073
  ELSE
    PERFORM counts_add(ARRAY(SELECT c FROM old_rows o JOIN "Draft" d ON d.id = o."draftId" JOIN "BulletinIssue" b ON b.id = o."issueId",
      item_counts(d."unitId", b.status::text, b."publishedAt", -1) c))\073
  END IF\073
  RETURN NULL\073
END ';

CREATE FUNCTION counts_rollup_item_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM "Draft" d, "BulletinIssue" b, item_counts(d."unitId", b.status::text, b."publishedAt", -1) c WHERE d.id = OLD."draftId" AND b.id = OLD."issueId"
    UNION ALL
    SELECT c FROM "Draft" d, "BulletinIssue" b, item_counts(d."unitId", b.status::text, b."publishedAt", 1) c WHERE d.id = NEW."draftId" AND b.id = NEW."issueId"))\073
  RETURN NULL\073
END ';

CREATE TRIGGER counts_rollup_item_insert AFTER INSERT ON "IssueItem"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counts_rollup_item_rows();
CREATE TRIGGER counts_rollup_item_delete AFTER DELETE ON "IssueItem"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counts_rollup_item_rows();
CREATE TRIGGER counts_rollup_item_update AFTER UPDATE ON "IssueItem" FOR EACH ROW
  WHEN (OLD."draftId" IS DISTINCT FROM NEW."draftId" OR OLD."issueId" IS DISTINCT FROM NEW."issueId")
  EXECUTE FUNCTION counts_rollup_item_update();

-- BulletinIssue: publishing counts its items, voiding (or any other change of status or
-- publishing time) takes them back. Items cannot outlive their issue (RESTRICT), so a
-- deleted issue has none to take back.
CREATE FUNCTION counts_rollup_issue_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId", item_counts(d."unitId", OLD.status::text, OLD."publishedAt", -1) c WHERE i."issueId" = OLD.id
    UNION ALL
    SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId", item_counts(d."unitId", NEW.status::text, NEW."publishedAt", 1) c WHERE i."issueId" = NEW.id))\073
  RETURN NULL\073
END ';

CREATE TRIGGER counts_rollup_issue_update AFTER UPDATE ON "BulletinIssue" FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
  EXECUTE FUNCTION counts_rollup_issue_update();

-- ScoreRecord: an upper-level adoption recorded, reversed (冲销) or corrected.
CREATE FUNCTION counts_rollup_record_rows() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM counts_add(ARRAY(SELECT c FROM new_rows n, record_counts(n."unitId", n.kind::text, n.level, n."occurredOn", n."reversedAt", 1) c))\073
  ELSE
    PERFORM counts_add(ARRAY(SELECT c FROM old_rows o, record_counts(o."unitId", o.kind::text, o.level, o."occurredOn", o."reversedAt", -1) c))\073
  END IF\073
  RETURN NULL\073
END ';

CREATE FUNCTION counts_rollup_record_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM record_counts(OLD."unitId", OLD.kind::text, OLD.level, OLD."occurredOn", OLD."reversedAt", -1) c
    UNION ALL SELECT c FROM record_counts(NEW."unitId", NEW.kind::text, NEW.level, NEW."occurredOn", NEW."reversedAt", 1) c))\073
  RETURN NULL\073
END ';

CREATE TRIGGER counts_rollup_record_insert AFTER INSERT ON "ScoreRecord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION counts_rollup_record_rows();
CREATE TRIGGER counts_rollup_record_delete AFTER DELETE ON "ScoreRecord"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION counts_rollup_record_rows();
CREATE TRIGGER counts_rollup_record_update AFTER UPDATE ON "ScoreRecord" FOR EACH ROW
  WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId" OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.level IS DISTINCT FROM NEW.level
    OR OLD."occurredOn" IS DISTINCT FROM NEW."occurredOn" OR OLD."reversedAt" IS DISTINCT FROM NEW."reversedAt")
  EXECUTE FUNCTION counts_rollup_record_update();

-- What is there already.
INSERT INTO "PointsRollup"
SELECT shanghai_month(e."occurredAt"), e."unitId", s.code, sum(e.points), count(*)
FROM "ScoreEntry" e JOIN "ScoringRule" s ON s.id = e."ruleId"
GROUP BY 1, 2, 3;

SELECT counts_add(ARRAY(
  SELECT c FROM "Draft" d, draft_counts(d."unitId", d."forwardedAt", d.status::text, d."decidedAt", 1) c
  UNION ALL
  SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId" JOIN "BulletinIssue" b ON b.id = i."issueId", item_counts(d."unitId", b.status::text, b."publishedAt", 1) c
  UNION ALL
  SELECT c FROM "ScoreRecord" r, record_counts(r."unitId", r.kind::text, r.level, r."occurredOn", r."reversedAt", 1) c));
