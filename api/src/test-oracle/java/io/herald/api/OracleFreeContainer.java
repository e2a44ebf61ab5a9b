package io.herald.api;

import org.testcontainers.oracle.OracleContainer;

/**
 * Oracle Free for the whole test suite (the Maven profile {@code oracle-free}, where containers can run): one
 * container per test JVM, started by the first test database asked for, with {@link TestDatabase} making a schema of
 * its own for every test Herald in it. Testcontainers' reaper removes the container when the JVM ends.
 */
public final class OracleFreeContainer {
    /** The image the CI job uses: Oracle Database 23ai Free, slim, with a database created at build time. */
    public static final String IMAGE = System.getProperty("herald.test.oracle.image",
                                                          "gvenzl/oracle-free:23-slim-faststart");
    private static OracleContainer container;

    private OracleFreeContainer() {
    }

    /** Starts the container once and points {@code herald.test.oracle.*} at its pluggable database. */
    public static synchronized void start() {
        if (container != null) {
            return;
        }
        container = new OracleContainer(IMAGE).withPassword("herald-ci");
        container.start();
        System.setProperty("herald.test.oracle.url", container.getJdbcUrl());
        System.setProperty("herald.test.oracle.admin-user", "system");
        System.setProperty("herald.test.oracle.admin-password", "herald-ci");
    }
}
