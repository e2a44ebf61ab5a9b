package io.herald.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.model.CallLocation;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles Java entry classes to JavaScript with TeaVM and fails on any problem TeaVM reports, warnings included. The
 * engine module builds {@code engine.js} with it, the extension its scripts (each module's pom lists its scripts).
 *
 * <p>Why not the TeaVM Maven plugin: TeaVM parses {@code @JSBody} scripts as ES5 and reports a script it cannot parse
 * only as a warning ("Error in @JSBody script"), which the plugin does not print, and drops the method: the build
 * succeeds and the script is broken where that method is called. Here every problem fails the build with its text
 * and where it is. (ES6 that Rhino parses but TeaVM prints wrongly, such as template literals, gives no warning; the
 * extension's tests run {@code node --check} on every script for that.)
 *
 * <p>Arguments: the target folder, {@code release} or {@code debug} (readable output with source maps), then one
 * {@code <entry class>=<file under the target folder>:<NONE|ES2015>} per script. A {@code NONE} script (a plain script,
 * as content scripts must be) only declares {@code main}: it is wrapped in a function that calls it, so it starts
 * itself and leaves no global name behind.
 */
public final class TeaVmBuild {

    private TeaVmBuild() {
    }

    /** One script to make. */
    record Script(String mainClass, Path file, JSModuleType moduleType) {

        static Script parse(Path target, String spec) {
            int equals = spec.indexOf('=');
            int colon = spec.lastIndexOf(':');
            if (equals < 1 || colon < equals) {
                throw new IllegalArgumentException("expected <entry class>=<file>:<NONE|ES2015>, got " + spec);
            }
            return new Script(spec.substring(0, equals), target.resolve(spec.substring(equals + 1, colon)),
                    JSModuleType.valueOf(spec.substring(colon + 1)));
        }
    }

    public static void main(String[] args) throws IOException, TeaVMToolException {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: TeaVmBuild <target folder> release|debug <entry class>=<file>:<NONE|ES2015> ...");
        }
        Path target = Path.of(args[0]);
        boolean debug = args[1].equals("debug");
        List<String> failures = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            failures.addAll(compile(Script.parse(target, args[i]), debug));
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("TeaVM reported problems; the JavaScript would be broken:\n  "
                                            + String.join("\n  ", failures));
        }
    }

    private static List<String> compile(Script script, boolean debug) throws IOException, TeaVMToolException {
        long started = System.nanoTime();
        Path folder = script.file().getParent();
        String fileName = script.file().getFileName().toString();
        Files.createDirectories(folder);
        TeaVMTool tool = new TeaVMTool();
        tool.setClassLoader(Thread.currentThread().getContextClassLoader());
        tool.setLog(new QuietLog());
        tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
        tool.setMainClass(script.mainClass());
        tool.setTargetDirectory(folder.toFile());
        tool.setTargetFileName(fileName);
        tool.setJsModuleType(script.moduleType());
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setObfuscated(!debug);
        tool.setSourceMapsFileGenerated(debug);
        tool.setDebugInformationGenerated(false);
        tool.setSourceFilesCopied(false);
        tool.setIncremental(false);
        tool.generate();
        List<String> failures = new ArrayList<>();
        for (Problem problem : tool.getProblemProvider().getProblems()) {
            failures.add(fileName + ": " + problem.getSeverity() + " " + render(problem));
        }
        if (failures.isEmpty() && script.moduleType() == JSModuleType.NONE) {
            startItself(script.file());
        }
        System.out.printf("[TeaVM] %-13s %,9d bytes in %,6d ms%n", fileName, Files.size(script.file()),
                          (System.nanoTime() - started) / 1_000_000);
        return failures;
    }

    /** Wraps a plain script so that it calls its own {@code main} and leaves no global {@code main} behind. */
    private static void startItself(Path script) throws IOException {
        String code = Files.readString(script, StandardCharsets.UTF_8);
        Files.writeString(script, "(function(){" + code + "\nmain([]);})();\n", StandardCharsets.UTF_8);
    }

    private static String render(Problem problem) {
        DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
        problem.render(text);
        CallLocation location = problem.getLocation();
        return location != null && location.getMethod() != null
                ? text.getText() + " (in " + location.getMethod() + ")"
                : text.getText();
    }

    /** TeaVM's progress lines are noise in a Maven build; its problems are read from the problem provider. */
    private static final class QuietLog implements TeaVMToolLog {
        @Override
        public void info(String text) {
        }

        @Override
        public void debug(String text) {
        }

        @Override
        public void warning(String text) {
            System.err.println("[TeaVM] " + text);
        }

        @Override
        public void error(String text) {
            System.err.println("[TeaVM] " + text);
        }

        @Override
        public void info(String text, Throwable e) {
        }

        @Override
        public void debug(String text, Throwable e) {
        }

        @Override
        public void warning(String text, Throwable e) {
            System.err.println("[TeaVM] " + text + ": " + e);
        }

        @Override
        public void error(String text, Throwable e) {
            System.err.println("[TeaVM] " + text + ": " + e);
        }
    }
}
