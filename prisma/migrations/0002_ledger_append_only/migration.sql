-- The score ledger is append-only: a mistake is corrected by a reversing entry, never by
-- changing or deleting a row. (TRUNCATE, used only by the test suite, is not affected.)
-- Prisma's migration runner here splits the file at every semicolon, quoted or not, so the
-- function body writes its semicolons as \073 in an E'' string.
CREATE FUNCTION score_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''ScoreEntry is append-only: write a reversing entry instead''\073 END\073';

CREATE TRIGGER score_entry_append_only
  BEFORE UPDATE OR DELETE ON "ScoreEntry"
  FOR EACH ROW EXECUTE FUNCTION score_entry_append_only();
