package io.herald.common.lint;

import io.herald.common.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Ordering and text rendering of findings. Both live here, in main code, so that the JVM and the TeaVM build order
 * and print findings with the very same code, and the golden tests compare the same text in both runtimes.
 */
public final class Findings {

    /** Position first (start, then end), then rule id, then message, so the order never depends on rule order. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private Findings() {
    }

    /** The findings sorted by {@link #ORDER}, as a new list that cannot be changed. */
    public static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(ORDER);
        return Collections.unmodifiableList(copy);
    }

    /**
     * One line per finding, in the given order, each ending in a newline:
     * {@code start-end ruleId level: message [suggestion; suggestion]}. The bracket is left out when there is no
     * suggestion. A suggestion prints as {@code replace 4-9 "text"}, {@code remove 4-9} or {@code insert 12 "text"},
     * its text quoted as a JSON string. Line breaks in a message print as {@code \n} so every finding stays on one line.
     */
    public static String render(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : findings) {
            out.append(line(finding)).append('\n');
        }
        return out.toString();
    }

    /** The line for one finding, without the trailing newline. */
    public static String line(Finding finding) {
        StringBuilder line = new StringBuilder();
        line.append(finding.start()).append('-').append(finding.end())
                .append(' ').append(finding.ruleId())
                .append(' ').append(finding.level().id())
                .append(": ").append(oneLine(finding.message()));
        if (!finding.suggestions().isEmpty()) {
            line.append(" [");
            for (int i = 0; i < finding.suggestions().size(); i++) {
                if (i > 0) {
                    line.append("; ");
                }
                line.append(suggestion(finding.suggestions().get(i)));
            }
            line.append(']');
        }
        return line.toString();
    }

    private static String suggestion(Suggestion suggestion) {
        return switch (suggestion) {
            case Suggestion.Replace replace ->
                    "replace " + replace.start() + "-" + replace.end() + " " + quoted(replace.text());
            case Suggestion.Remove remove -> "remove " + remove.start() + "-" + remove.end();
            case Suggestion.Insert insert -> "insert " + insert.offset() + " " + quoted(insert.text());
        };
    }

    private static String quoted(String text) {
        return Json.value(text).toString();
    }

    private static String oneLine(String message) {
        return message.replace("\r", "\\r").replace("\n", "\\n");
    }
}
