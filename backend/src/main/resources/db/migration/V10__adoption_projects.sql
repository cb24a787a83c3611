-- The projects that carry out a territory's adoption of a best practice, so that the spread of a practice
-- can be followed into the work it led to. A project of the adopting territory (as lead or partner).
CREATE TABLE adoption_project (
    adoption_id BIGINT NOT NULL REFERENCES adoption (id) ON DELETE CASCADE,
    project_id  BIGINT NOT NULL REFERENCES project (id),
    PRIMARY KEY (adoption_id, project_id)
);
CREATE INDEX adoption_project_project_idx ON adoption_project (project_id);
