package io.herald.extension.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put engine.js and the JavaScript runners, as surefire's system properties say. */
final class EngineFiles {

    private EngineFiles() {
    }

    /** The TeaVM-compiled engine; the build writes it before the tests run. */
    static Path engineJs() {
        Path engine = Path.of(property("herald.engine.js"));
        if (!Files.isRegularFile(engine)) {
            throw new IllegalStateException(engine + " is missing: build the extension module first"
                    + " (./mvnw -pl extension -am package) so TeaVM writes it");
        }
        return engine;
    }

    /** A file of {@code src/test/js}. */
    static Path runnerJs(String name) {
        return Path.of(property("herald.runner.js")).resolve(name);
    }

    /** The golden cases of the guideline engine, kept in common's test resources. */
    static Path golden() {
        return Path.of(property("herald.golden"));
    }

    /** The shared conformance suites (twitter-text and others), read in place. */
    static Path conformance() {
        return Path.of(property("herald.conformance"));
    }

    /** Where the runners leave their inputs and outputs: {@code target/engine-cases}. */
    static Path work() {
        return Path.of(property("herald.build")).resolve("engine-cases");
    }

    static String node() {
        return System.getProperty("herald.node", "node");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven"
                    + " (surefire sets it in extension/pom.xml)");
        }
        return value;
    }
}
