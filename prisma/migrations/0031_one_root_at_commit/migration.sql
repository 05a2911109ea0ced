-- The tree still has one root, but it is checked when the transaction commits rather than on
-- each row: a county deployment that joins a city (or a city that joins a province) adds the new
-- top department and moves the old root under it in one transaction, with two roots for a moment.
--
-- Function bodies write their semicolons as \073 in E'' strings (as in 0026).

DROP INDEX "Unit_one_root";

CREATE FUNCTION unit_one_root() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF (SELECT count(*) FROM "Unit" WHERE "parentId" IS NULL) > 1 THEN
    RAISE EXCEPTION ''the unit tree has more than one root'' USING ERRCODE = ''23505''\073
  END IF\073
  RETURN NULL\073
END ';

CREATE CONSTRAINT TRIGGER unit_one_root AFTER INSERT OR UPDATE OF "parentId" ON "Unit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."parentId" IS NULL) EXECUTE FUNCTION unit_one_root();
