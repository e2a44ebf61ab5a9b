/**
 * The extension as employees use it, end to end: the built extension in Debian's Chromium, the fixture sites at
 * their real addresses, and a real Herald API (embedded database, started in the test's JVM) behind them.
 */
package io.herald.extension.product;
