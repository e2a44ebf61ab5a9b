/**
 * The database: Flyway migrations, the Helidon DB Client, and column reading that behaves the same on H2 and Oracle.
 */
package io.herald.api.db;
