-- The running Herald instances on this database (cluster.ChangeFeed): each writes its row when it starts and, twice a
-- second, the last change_log row it has handled. An erasure waits until every live instance (heartbeat within a few
-- seconds) has handled its change, so none stores a click with the erased person's id afterwards. issuer and the
-- signing key ids let a starting instance refuse a set-up whose tokens the others would refuse.
CREATE TABLE herald_instances (
    id            VARCHAR2(36 CHAR) NOT NULL,
    started_at    NUMBER(19) NOT NULL,
    heartbeat_at  NUMBER(19) NOT NULL,
    seen_change   NUMBER(19) NOT NULL,
    issuer        VARCHAR2(1000 CHAR) NOT NULL,
    signing_kid   VARCHAR2(200 CHAR) NOT NULL,
    verify_kids   VARCHAR2(1000 CHAR) NOT NULL,
    CONSTRAINT herald_instances_pk PRIMARY KEY (id)
);
