-- 越级报送: a 组织部 two levels down (a county under a city, to the province) may send an item
-- straight to this node in the years its rules allow it, and the item is copied to the level in
-- between (抄报), as 越级行文 must be. The move has its own name in the draft's history.
ALTER TYPE "DraftAction" ADD VALUE 'SEND_UP_LEAP';

ALTER TABLE "ScoringYear" ADD COLUMN "acceptsLeapReports" BOOLEAN NOT NULL DEFAULT false;
