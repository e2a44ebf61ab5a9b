package io.herald.extension.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.model.CallLocation;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles every {@link Bundle} with TeaVM and fails on any problem TeaVM reports, warnings included.
 *
 * <p>Why not the TeaVM Maven plugin: TeaVM parses {@code @JSBody} scripts as ES5 and reports a script it cannot parse
 * only as a warning ("Error in @JSBody script"), which the plugin does not print, and drops the method: the build
 * succeeds and the script is broken where that method is called. Here every problem fails the build with its text
 * and where it is. (ES6 that Rhino parses but TeaVM prints wrongly, such as template literals, gives no warning; the
 * tests run {@code node --check} on every bundle for that.)
 *
 * <p>Arguments: the target folder, {@code release} or {@code debug} (readable output with source maps), and
 * optionally the names of the bundles to build (all by default).
 */
public final class TeaVmBuild {

    private TeaVmBuild() {
    }

    public static void main(String[] args) throws IOException, TeaVMToolException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: TeaVmBuild <target folder> release|debug [bundle ...]");
        }
        Path target = Path.of(args[0]);
        boolean debug = args[1].equals("debug");
        Set<Bundle> bundles = args.length > 2
                ? EnumSet.copyOf(Arrays.stream(args, 2, args.length).map(Bundle::valueOf).toList())
                : EnumSet.allOf(Bundle.class);
        List<String> failures = new ArrayList<>();
        for (Bundle bundle : bundles) {
            failures.addAll(compile(bundle, target, debug));
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("TeaVM reported problems; the JavaScript would be broken:\n  "
                                            + String.join("\n  ", failures));
        }
    }

    private static List<String> compile(Bundle bundle, Path target, boolean debug)
            throws IOException, TeaVMToolException {
        long started = System.nanoTime();
        Path folder = target.resolve(bundle.folder());
        Files.createDirectories(folder);
        TeaVMTool tool = new TeaVMTool();
        tool.setClassLoader(Thread.currentThread().getContextClassLoader());
        tool.setLog(new QuietLog());
        tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
        tool.setMainClass(bundle.mainClass());
        tool.setTargetDirectory(folder.toFile());
        tool.setTargetFileName(bundle.fileName());
        tool.setJsModuleType(bundle.moduleType());
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setObfuscated(!debug);
        tool.setSourceMapsFileGenerated(debug);
        tool.setDebugInformationGenerated(false);
        tool.setSourceFilesCopied(false);
        tool.setIncremental(false);
        tool.generate();
        List<String> failures = new ArrayList<>();
        for (Problem problem : tool.getProblemProvider().getProblems()) {
            failures.add(bundle.fileName() + ": " + problem.getSeverity() + " " + render(problem));
        }
        if (failures.isEmpty() && bundle.startsItself()) {
            startItself(folder.resolve(bundle.fileName()));
        }
        long size = Files.size(folder.resolve(bundle.fileName()));
        System.out.printf("[TeaVM] %-13s %,9d bytes in %,6d ms%n", bundle.fileName(), size,
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
