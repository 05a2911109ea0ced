-- An officer's returned drafts (the to-do list) were found by status across every unit: 250 ms at city scale.
CREATE INDEX "Draft_authorId_status_idx" ON "Draft"("authorId", "status");
