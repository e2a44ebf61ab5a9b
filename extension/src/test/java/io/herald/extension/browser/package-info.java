/**
 * Test support for running the TeaVM-compiled engine in a real browser: a loopback HTTP server for the pages and a
 * headless Chromium driven by Selenium, never downloading a browser or a driver. Used by the cross-runtime tests and
 * by the Chromium benchmark.
 */
package io.herald.extension.browser;
