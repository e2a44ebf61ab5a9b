package io.herald.api.attribution.clicks;

import java.util.Optional;

/**
 * How the redirect records a visit: in the {@link ClickJournal}, which survives the process, or, when the journal is
 * off, full or failing, in the memory {@link ClickBuffer}. Neither blocks, and neither can fail the redirect.
 */
public final class ClickRecorder {
    private final Optional<ClickJournal> journal;
    private final ClickBuffer buffer;

    public ClickRecorder(Optional<ClickJournal> journal, ClickBuffer buffer) {
        this.journal = journal;
        this.buffer = buffer;
    }

    public void record(Visit visit) {
        if (journal.isEmpty() || !journal.get().append(visit)) {
            buffer.offer(visit);
        }
    }
}
