-- Several instances, one database (issue 13): what one instance changes that others keep in memory (a content item's
-- destination, a new link code, link owners after an erasure) is written here, and every instance reads the rows
-- after the last one it handled, twice a second (cluster.ChangeFeed). id is MAX(id) + 1, inserted by one statement:
-- a second writer cannot commit id n + 1 before id n is committed (it collides on the key and retries), so reading
-- "id > the last one handled" never skips a row. subject names a content item or a link code, never a person.
CREATE TABLE change_log (
    id          NUMBER(19) NOT NULL,
    kind        VARCHAR2(16 CHAR) NOT NULL,
    subject     VARCHAR2(64 CHAR),
    changed_at  NUMBER(19) NOT NULL,
    CONSTRAINT change_log_pk PRIMARY KEY (id)
);
