-- New projects take their ids 50 at a time from the identity column's sequence: the application takes a
-- value v and hands out v-49 … v itself (EclipseLink's preallocation), so that a bulk upsert writes them in
-- batches. The sequence then moves by 50, and its next value is at least 50 and 50 past every id already
-- given, so no block reaches back to an id in use. Rows inserted with the column's default (scripts,
-- benchmarks) take a value of their own, never inside a block; ids stay unique, with gaps.
ALTER TABLE project ALTER COLUMN id SET INCREMENT BY 50;
SELECT setval(pg_get_serial_sequence('project', 'id'),
              GREATEST((SELECT last_value FROM project_id_seq) + 50,
                       (SELECT COALESCE(max(id), 0) + 50 FROM project),
                       50),
              false);
