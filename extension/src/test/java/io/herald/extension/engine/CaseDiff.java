package io.herald.extension.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares two runtimes' results case by case and fails with a readable difference for each case that differs. */
final class CaseDiff {

    private static final int CONTEXT = 60;

    private CaseDiff() {
    }

    static void assertSame(String expectedName, List<CaseResult> expected, String actualName,
            List<CaseResult> actual) {
        Map<String, CaseResult> actualByName = new LinkedHashMap<>();
        for (CaseResult result : actual) {
            actualByName.put(result.name(), result);
        }
        List<String> problems = new ArrayList<>();
        for (CaseResult want : expected) {
            CaseResult got = actualByName.remove(want.name());
            if (got == null) {
                problems.add(want.name() + ": no result from " + actualName);
            } else if (!want.sameAs(got)) {
                problems.add(want.name() + ":\n" + difference(expectedName, want.shown(), actualName, got.shown()));
            }
        }
        for (String extra : actualByName.keySet()) {
            problems.add(extra + ": " + actualName + " ran a case that " + expectedName + " did not");
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + expected.size() + " cases differ between " + expectedName + " and "
                    + actualName + ":\n\n" + String.join("\n\n", problems));
        }
    }

    /** A line diff of two texts ({@code -} only in the first, {@code +} only in the second, the rest indented). */
    static String difference(String leftName, String left, String rightName, String right) {
        List<String> a = lines(left);
        List<String> b = lines(right);
        if (a.size() <= 1 && b.size() <= 1 && !left.endsWith("\n") && !right.endsWith("\n")) {
            return firstDifference(leftName, left, rightName, right);
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder("  --- " + leftName + "\n  +++ " + rightName + "\n");
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.append("    ").append(a.get(i++)).append('\n');
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                out.append("  + ").append(b.get(j++)).append('\n');
            } else {
                out.append("  - ").append(a.get(i++)).append('\n');
            }
        }
        return out.toString();
    }

    /** The lines of a text; a last line break ends the last line rather than starting an empty one. */
    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }

    private static String firstDifference(String leftName, String left, String rightName, String right) {
        int at = 0;
        while (at < left.length() && at < right.length() && left.charAt(at) == right.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - CONTEXT);
        return "  first difference at character " + at + "\n"
                + "  " + leftName + ": …" + excerpt(left, from, at) + "\n"
                + "  " + rightName + ": …" + excerpt(right, from, at);
    }

    private static String excerpt(String text, int from, int at) {
        return text.substring(Math.min(from, text.length()), Math.min(text.length(), at + CONTEXT))
                + (at + CONTEXT < text.length() ? "…" : "");
    }
}
