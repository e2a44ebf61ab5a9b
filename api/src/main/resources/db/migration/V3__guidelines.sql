-- The tone guidelines: every version of the rule set is kept; the current one is the highest version_no.
CREATE TABLE guideline_versions (
    version_no  NUMBER(10) NOT NULL,
    -- The rule set as JSON; its format belongs to the guideline engine (common module).
    rule_set    CLOB NOT NULL,
    -- NULL for the default set that Herald installs on an empty database.
    updated_by  VARCHAR2(36 CHAR),
    updated_at  NUMBER(19) NOT NULL,
    -- Named, so a concurrent writer's violation can be recognised (io.herald.api.db.Constraints).
    CONSTRAINT guideline_versions_pk PRIMARY KEY (version_no),
    CONSTRAINT guideline_versions_user_fk FOREIGN KEY (updated_by) REFERENCES users (id)
);
