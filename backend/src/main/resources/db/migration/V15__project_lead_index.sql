-- A lead territory's projects by a full index on (lead_territory_id, external_id), in place of the partial
-- one on (lead_territory_id) for the projects that are not deleted. A bulk upsert looks its items' stored
-- projects up by (lead, externalId) without naming deleted_at (it leaves out the deleted ones after the
-- lookup), so no partial index can serve it and this one is the only choice. Before, on a table not
-- analyzed yet (a new network's first bulk upserts, until autovacuum's first ANALYZE), PostgreSQL's default
-- guess that few rows have deleted_at IS NULL made every partial index look tiny, and it read one of them
-- whole for each item. The full index also serves listings by lead territory, and the foreign key's
-- ON DELETE SET NULL when a territory is deleted. The partial unique index stays: it is the rule.
CREATE INDEX project_lead_external_id_idx ON project (lead_territory_id, external_id);
DROP INDEX project_lead_idx;
