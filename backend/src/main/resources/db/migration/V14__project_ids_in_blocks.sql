-- New projects take their ids 50 at a time from the identity column's sequence (the application keeps a
-- block and hands out its ids itself), so that a bulk upsert writes them in batches. Rows inserted with the
-- column's default (scripts, benchmarks) take a block of their own; ids stay unique, with gaps.
ALTER TABLE project ALTER COLUMN id SET INCREMENT BY 50;
