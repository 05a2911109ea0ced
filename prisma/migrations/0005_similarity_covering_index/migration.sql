-- The candidate query of the similarity check reads draft ids straight from the index.
DROP INDEX "DraftSimilarityBand_band_hash_idx";
CREATE INDEX "DraftSimilarityBand_band_hash_draftId_idx" ON "DraftSimilarityBand"("band", "hash", "draftId");
