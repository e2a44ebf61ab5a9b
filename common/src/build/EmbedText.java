import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (run by Maven with Java's single-file launcher): writes a Java class holding a text file's content as a
 * String constant, so code that TeaVM compiles can have the file without class-path resources, which TeaVM only
 * offers through extra configuration.
 *
 * <p>Usage: {@code java EmbedText.java <input file> <output .java> <package> <class name>}. The string is split into
 * one literal per line, joined at run time, so the class-file limit of 65,535 bytes per constant never applies.
 */
public final class EmbedText {

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: EmbedText <input> <output.java> <package> <class>");
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String text = Files.readString(input, StandardCharsets.UTF_8);
        StringBuilder java = new StringBuilder();
        java.append("package ").append(args[2]).append(";\n\n");
        java.append("/** Generated at build time from ").append(input.getFileName()).append(" by EmbedText; do not edit. */\n");
        java.append("final class ").append(args[3]).append(" {\n\n");
        java.append("    static final String TEXT = String.join(\"\",\n");
        List<String> lines = text.lines().toList();
        boolean endsWithBreak = text.endsWith("\n");
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            String line = lines.get(i) + (last && !endsWithBreak ? "" : "\n");
            java.append("            ").append(literal(line)).append(last ? ");\n" : ",\n");
        }
        if (lines.isEmpty()) {
            java.append("            \"\");\n");
        }
        java.append("\n    private ").append(args[3]).append("() {\n    }\n}\n");
        Files.createDirectories(output.getParent());
        if (!Files.exists(output) || !Files.readString(output, StandardCharsets.UTF_8).contentEquals(java)) {
            Files.writeString(output, java, StandardCharsets.UTF_8);
        }
    }

    /** A Java string literal in ASCII: non-ASCII characters become unicode escapes, so no source encoding matters. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
