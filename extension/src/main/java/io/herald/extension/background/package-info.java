/**
 * The background of the extension (a service worker in Chromium, a background script in Firefox): the only part that
 * talks to the Herald API and the only reader of the tokens. It keeps the rule set parsed and the library indexed,
 * ahead of time, so a composer never waits for either; lints and ranks for the assistant; mints tracked links; and
 * delivers share reports through a queue kept in {@code chrome.storage.local} that survives being offline, the
 * server being down, an expired sign-in and a browser restart.
 *
 * <p>The browser may stop the worker whenever it is idle: everything that must last is in storage, and every entry
 * point waits for it to be loaded ({@link io.herald.extension.background.Background}).
 */
package io.herald.extension.background;
