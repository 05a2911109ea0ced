-- 报送上级 (0030) in the counts: an item the city publishes that a county sent up is the city's
-- adoption for that county (its own unit, 县级采用 column as before: adopted by its own desk), and
-- 市级采用 for every unit down its chain of origin (the township that wrote it). A province's issue
-- gives 省级及以上采用 to every unit down the chain (the county department and the township below a
-- city's upper draft). The level is the kind of the 组织部 whose series published the issue (a
-- county's issue has nothing below it). Voiding or unpublishing takes them back along the same
-- paths as the own count: the item, issue and draft triggers of 0016 now add the chain rows too.
-- The chain links (Draft.sentUpFromId), an issue's series, a series' node and a unit's kind are
-- written once and never changed by any use case, so no trigger follows them.
-- lib/scores/rollup-check.ts mirrors this in its bare aggregate.
-- Function bodies write their semicolons as \073 in E'' strings (as in 0016).

-- The level of a series: the kind of the 组织部 that publishes it.
CREATE FUNCTION series_level(series uuid) RETURNS text LANGUAGE sql STABLE AS E'
  SELECT n.kind::text FROM "Series" s JOIN "Unit" n ON n.id = s."nodeId" WHERE s.id = series
';

-- What one unit down the chain of a published item counts: the publishing level, in the month of publishing.
CREATE FUNCTION chain_level_counts(unit uuid, level text, issue_status text, published timestamp, sign int)
RETURNS SETOF "CountsRollup" LANGUAGE sql IMMUTABLE AS E'
  SELECT shanghai_month(published), unit, 0, 0,
    CASE WHEN level = ''CITY'' THEN sign ELSE 0 END, CASE WHEN level = ''PROVINCE'' THEN sign ELSE 0 END, 0
  WHERE issue_status = ''PUBLISHED'' AND published IS NOT NULL AND level IN (''CITY'', ''PROVINCE'')
';

-- Every unit down the chain of an item of an issue of this series: from_draft is the draft the
-- item's draft was sent up from (null for most items), then the one that was sent up from, and so on.
CREATE FUNCTION chain_counts(from_draft uuid, series uuid, issue_status text, published timestamp, sign int)
RETURNS SETOF "CountsRollup" LANGUAGE sql STABLE AS E'
  WITH RECURSIVE chain AS (
    SELECT id, "unitId", "sentUpFromId" FROM "Draft" WHERE id = from_draft
    UNION
    SELECT d.id, d."unitId", d."sentUpFromId" FROM "Draft" d JOIN chain ON d.id = chain."sentUpFromId"
  )
  SELECT c.* FROM chain, chain_level_counts(chain."unitId", series_level(series), issue_status, published, sign) c
';

-- The issues carrying a draft sent up from this one, directly or further up: their level reaches down to it.
CREATE FUNCTION issues_above(draft uuid) RETURNS TABLE(series uuid, status text, published timestamp) LANGUAGE sql STABLE AS E'
  WITH RECURSIVE above AS (
    SELECT id FROM "Draft" WHERE "sentUpFromId" = draft
    UNION
    SELECT d.id FROM "Draft" d JOIN above ON d."sentUpFromId" = above.id
  )
  SELECT b."seriesId", b.status::text, b."publishedAt"
  FROM above JOIN "IssueItem" i ON i."draftId" = above.id JOIN "BulletinIssue" b ON b.id = i."issueId"
';

-- A draft moved to another unit takes its county adoptions along, and its adoptions by the levels above.
CREATE OR REPLACE FUNCTION counts_rollup_draft_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM draft_counts(OLD."unitId", OLD."forwardedAt", OLD.status::text, OLD."decidedAt", -1) c
    UNION ALL SELECT c FROM draft_counts(NEW."unitId", NEW."forwardedAt", NEW.status::text, NEW."decidedAt", 1) c
    UNION ALL SELECT c FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId", item_counts(OLD."unitId", b.status::text, b."publishedAt", -1) c
      WHERE i."draftId" = NEW.id AND OLD."unitId" <> NEW."unitId"
    UNION ALL SELECT c FROM "IssueItem" i JOIN "BulletinIssue" b ON b.id = i."issueId", item_counts(NEW."unitId", b.status::text, b."publishedAt", 1) c
      WHERE i."draftId" = NEW.id AND OLD."unitId" <> NEW."unitId"
    UNION ALL SELECT c FROM issues_above(NEW.id) a, chain_level_counts(OLD."unitId", series_level(a.series), a.status, a.published, -1) c
      WHERE OLD."unitId" <> NEW."unitId"
    UNION ALL SELECT c FROM issues_above(NEW.id) a, chain_level_counts(NEW."unitId", series_level(a.series), a.status, a.published, 1) c
      WHERE OLD."unitId" <> NEW."unitId"))\073
  RETURN NULL\073
END ';

-- IssueItem: an item added to or taken from a published issue, or moved between issues, with its chain.
CREATE OR REPLACE FUNCTION counts_rollup_item_rows() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM counts_add(ARRAY(
      SELECT c FROM new_rows n JOIN "Draft" d ON d.id = n."draftId" JOIN "BulletinIssue" b ON b.id = n."issueId",
        item_counts(d."unitId", b.status::text, b."publishedAt", 1) c
      UNION ALL
      SELECT c FROM new_rows n JOIN "Draft" d ON d.id = n."draftId" JOIN "BulletinIssue" b ON b.id = n."issueId",
        chain_counts(d."sentUpFromId", b."seriesId", b.status::text, b."publishedAt", 1) c))\073
  ELSE
    PERFORM counts_add(ARRAY(
      SELECT c FROM old_rows o JOIN "Draft" d ON d.id = o."draftId" JOIN "BulletinIssue" b ON b.id = o."issueId",
        item_counts(d."unitId", b.status::text, b."publishedAt", -1) c
      UNION ALL
      SELECT c FROM old_rows o JOIN "Draft" d ON d.id = o."draftId" JOIN "BulletinIssue" b ON b.id = o."issueId",
        chain_counts(d."sentUpFromId", b."seriesId", b.status::text, b."publishedAt", -1) c))\073
  END IF\073
  RETURN NULL\073
END ';

CREATE OR REPLACE FUNCTION counts_rollup_item_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM "Draft" d, "BulletinIssue" b, item_counts(d."unitId", b.status::text, b."publishedAt", -1) c WHERE d.id = OLD."draftId" AND b.id = OLD."issueId"
    UNION ALL
    SELECT c FROM "Draft" d, "BulletinIssue" b, chain_counts(d."sentUpFromId", b."seriesId", b.status::text, b."publishedAt", -1) c WHERE d.id = OLD."draftId" AND b.id = OLD."issueId"
    UNION ALL
    SELECT c FROM "Draft" d, "BulletinIssue" b, item_counts(d."unitId", b.status::text, b."publishedAt", 1) c WHERE d.id = NEW."draftId" AND b.id = NEW."issueId"
    UNION ALL
    SELECT c FROM "Draft" d, "BulletinIssue" b, chain_counts(d."sentUpFromId", b."seriesId", b.status::text, b."publishedAt", 1) c WHERE d.id = NEW."draftId" AND b.id = NEW."issueId"))\073
  RETURN NULL\073
END ';

-- BulletinIssue: publishing counts its items and their chains, voiding (or any other change of
-- status or publishing time) takes them back.
CREATE OR REPLACE FUNCTION counts_rollup_issue_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM counts_add(ARRAY(
    SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId", item_counts(d."unitId", OLD.status::text, OLD."publishedAt", -1) c WHERE i."issueId" = OLD.id
    UNION ALL
    SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId", chain_counts(d."sentUpFromId", OLD."seriesId", OLD.status::text, OLD."publishedAt", -1) c WHERE i."issueId" = OLD.id
    UNION ALL
    SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId", item_counts(d."unitId", NEW.status::text, NEW."publishedAt", 1) c WHERE i."issueId" = NEW.id
    UNION ALL
    SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId", chain_counts(d."sentUpFromId", NEW."seriesId", NEW.status::text, NEW."publishedAt", 1) c WHERE i."issueId" = NEW.id))\073
  RETURN NULL\073
END ';

-- What is there already: the chains of items the city or province published before this migration.
SELECT counts_add(ARRAY(
  SELECT c FROM "IssueItem" i JOIN "Draft" d ON d.id = i."draftId" JOIN "BulletinIssue" b ON b.id = i."issueId",
    chain_counts(d."sentUpFromId", b."seriesId", b.status::text, b."publishedAt", 1) c));
