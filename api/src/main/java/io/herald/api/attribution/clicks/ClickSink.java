package io.herald.api.attribution.clicks;

import java.util.List;
import java.util.Optional;

/** Where the writer stores batches of visits, and the click journal's mark with them. */
public interface ClickSink {
    /**
     * Stores a batch in one transaction: all of it or, by throwing, none. With a {@code journalMark}, the same
     * transaction records that the journal is stored up to that position, so that what a restart replays from the
     * journal starts exactly after the last batch the database kept.
     */
    void write(List<Visit> batch, Optional<JournalMark> journalMark);

    /** The position a journal is stored up to; 0 for a journal the database has not seen (it is registered). */
    long journalMark(String journalId);

    /**
     * Makes every batch committed so far survive a crash of the database and a power loss, before the journal
     * reuses the segments that hold those visits.
     */
    void makeDurable();

    /** A journal and the position below which the database has every visit it holds. */
    record JournalMark(String journalId, long position) {
    }
}
