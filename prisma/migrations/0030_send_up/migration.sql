-- 报送上级: a county's office sends an item up to the city (or a city to the province) as a new
-- draft at the upper desk, owned by the sending 组织部's own unit. "sentUpFromId" names the draft
-- it was sent up from: following it down gives the chain of origin (the township that wrote it,
-- the county that sent it up), and the credit of an upper publication flows down along it.
ALTER TYPE "DraftAction" ADD VALUE 'SEND_UP';

ALTER TABLE "Draft" ADD COLUMN "sentUpFromId" UUID;
CREATE UNIQUE INDEX "Draft_sentUpFromId_key" ON "Draft"("sentUpFromId");
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_sentUpFromId_fkey" FOREIGN KEY ("sentUpFromId") REFERENCES "Draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
