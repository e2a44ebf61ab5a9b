-- The click journal's mark (issue 11, point 5): the redirect appends each visit to a journal on disk
-- (clicks.ClickJournal, in the instance's data directory) and the click writer stores them in batches. Each batch's
-- transaction also moves its journal's row here to the journal position it reached, so after a crash the writer
-- replays exactly the visits after it: none lost, none stored twice. One row per journal, that is per Herald
-- instance (a journal names itself with a random id when it is created).
CREATE TABLE click_journals (
    journal_id    VARCHAR2(36 CHAR) PRIMARY KEY,
    committed_to  NUMBER(19) NOT NULL
);
