-- The office's own piece (报送上级 of a draft written in the 组织部's own unit, which has no
-- reviewer): a move of its own in the draft's history.
ALTER TYPE "DraftAction" ADD VALUE 'OFFICE_SEND_UP';
