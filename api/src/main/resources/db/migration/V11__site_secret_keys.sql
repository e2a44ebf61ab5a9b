-- Forged conversions (issue 11, point 2): each site gets a secret key for server-to-server conversions, kept only as
-- its SHA-256 hash (hex) like invite codes, with when it was made; and its own cap on a conversion's value (NULL: the
-- default of herald.conversions.max-value). One DDL statement per file from V11 on: Oracle commits each DDL statement,
-- so a file of two could stop half done (see api/README.md "Oracle").
ALTER TABLE sites ADD (
    secret_hash        VARCHAR2(64 CHAR),
    secret_created_at  NUMBER(19),
    max_value          NUMBER(19,4)
);
