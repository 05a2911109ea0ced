-- The similarity index is built by the background worker, in batches, with its progress kept
-- here, instead of blocking the first start on a database that already has drafts.
CREATE TABLE "SimilarityIndexBuild" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "cursor" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SimilarityIndexBuild_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SimilarityIndexBuild_single_row" CHECK ("id" = 1),
    CONSTRAINT "SimilarityIndexBuild_progress" CHECK ("done" >= 0 AND "total" >= 0)
);
