/**
 * Test support for running code in a real browser: a loopback HTTP server for plain pages, and the machine's headless
 * Chromium driven by Selenium, never downloading a browser or a driver, optionally with an unpacked extension
 * ({@link io.herald.extension.browser.UnpackedExtension}: its id, its pages, JavaScript in its service worker), a kept
 * profile and the fixture sites' host resolver rules; {@code web-ext lint} from the pinned npm packages. Used by the
 * cross-runtime engine tests, the Chromium benchmark and the extension's browser tests.
 */
package io.herald.extension.browser;
