package io.herald.common.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.herald.common.text.Fold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checked-in Unicode tables are exactly what their generators give from the pinned ICU4J. */
class GeneratedTablesTest {

    private static final String REGENERATE = "./mvnw -B -pl common test-compile exec:java@unicode-tables";

    @Test
    void nfcDataIsGenerated() throws IOException {
        assertGenerated(NfcDataGenerator.PATH, NfcDataGenerator.source());
    }

    @Test
    void foldTableIsGenerated() throws IOException {
        assertGenerated(FoldTableGenerator.PATH, FoldTableGenerator.source());
    }

    @Test
    void emojiDataIsGenerated() throws IOException {
        assertGenerated(EmojiDataGenerator.PATH, EmojiDataGenerator.source());
    }

    /** The table only marks the folds longer than one letter; {@code Fold} spells each out, as the generator does. */
    @Test
    void foldSpellsOutEveryExpandingEntry() {
        Map<Integer, String> expansions = FoldTableGenerator.expansions();
        expansions.forEach((codePoint, expected) -> assertEquals(expected,
                Fold.of(new String(Character.toChars(codePoint))), () -> "U+" + Integer.toHexString(codePoint)));
        assertEquals(26, expansions.size(), "expanding entries (æ, œ, ß, þ, ĳ, ǆ, ǉ, ǌ and their other forms)");
    }

    /** Working directory: common's folder, where Maven runs the tests. */
    private static void assertGenerated(String path, String generated) throws IOException {
        String checkedIn = Files.readString(Path.of(path));
        if (checkedIn.equals(generated)) {
            return;
        }
        String[] have = checkedIn.split("\n", -1);
        String[] want = generated.split("\n", -1);
        int line = 0;
        while (line < have.length && line < want.length && have[line].equals(want[line])) {
            line++;
        }
        fail(path + " is not what its generator gives; first difference at line " + (line + 1) + ":\n  checked in: "
                + (line < have.length ? have[line] : "(end of file)") + "\n  generated:  "
                + (line < want.length ? want[line] : "(end of file)")
                + "\nA hand edit belongs in the generator; after changing it or ICU4J's version, regenerate with "
                + REGENERATE);
    }
}
