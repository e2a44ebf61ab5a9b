package io.herald.extension.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs engine cases in Node through {@code src/test/js/node-runner.mjs}. engine.js is copied to a {@code .mjs} file
 * first, so every Node 20 loads it as an ES module whatever its own module detection does. The files stay in
 * {@code target/engine-cases} ({@code engine.mjs}, {@code cases.json}, {@code results.json}), to rerun or read by hand.
 */
final class NodeRunner {

    private static final long TIMEOUT_SECONDS = 120;

    private NodeRunner() {
    }

    static List<CaseResult> run(CaseSuite suite) {
        try {
            Path work = Files.createDirectories(EngineFiles.work());
            Path engine = Files.copy(EngineFiles.engineJs(), work.resolve("engine.mjs"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path input = Files.writeString(work.resolve("cases.json"), suite.toJson());
            Path output = work.resolve("results.json");
            Path errors = work.resolve("stderr.txt");
            Process node = new ProcessBuilder(EngineFiles.node(), EngineFiles.runnerJs("node-runner.mjs").toString(),
                    engine.toString(), input.toString())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new IllegalStateException("node did not finish the engine cases in " + TIMEOUT_SECONDS + " s");
            }
            if (node.exitValue() != 0) {
                throw new IllegalStateException("node exited with " + node.exitValue() + ":\n"
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return CaseResult.listFromJson(Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run node (" + EngineFiles.node() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while node ran the engine cases", e);
        }
    }
}
