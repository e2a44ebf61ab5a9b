package io.herald.common.unicode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the generated Unicode tables into common's main sources. {@code GeneratedTablesTest} fails while a checked-in
 * table differs from what its generator gives (a hand edit, or an ICU4J version bump without regenerating).
 *
 * <p>Usage, from the repository root: {@code ./mvnw -B -pl common test-compile exec:java@unicode-tables}, which runs
 * this with common's folder as the one argument.
 */
public final class UnicodeTables {

    /** Each generated file, relative to common's folder, and its generator. */
    static final Map<String, Supplier<String>> GENERATED = Map.of(
            NfcDataGenerator.PATH, NfcDataGenerator::source,
            FoldTableGenerator.PATH, FoldTableGenerator::source,
            EmojiDataGenerator.PATH, EmojiDataGenerator::source);

    private UnicodeTables() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: UnicodeTables <common's folder>");
        }
        Path module = Path.of(args[0]);
        for (Map.Entry<String, Supplier<String>> generated : GENERATED.entrySet()) {
            Path file = module.resolve(generated.getKey());
            String source = generated.getValue().get();
            boolean same = Files.isRegularFile(file) && Files.readString(file).equals(source);
            if (!same) {
                Files.writeString(file, source);
            }
            System.out.println((same ? "unchanged " : "written   ") + file);
        }
    }
}
