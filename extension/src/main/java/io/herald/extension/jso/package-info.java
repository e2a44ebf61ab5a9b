/**
 * Thin TeaVM JSO wrappers of the browser APIs the extension uses that TeaVM's own {@code org.teavm.jso} does not
 * cover: the WebExtension APIs ({@code chrome.runtime}, {@code chrome.storage}, {@code chrome.i18n},
 * {@code chrome.scripting}, {@code chrome.alarms}), {@code fetch}, timers, and the DOM pieces a composer needs
 * (shadow roots, selections, the CSS Custom Highlight API, {@code execCommand}).
 *
 * <p>Each is wrapped once, here, with plain {@code @JSBody} lines. TeaVM parses those bodies as ES5: no arrow
 * functions, {@code let}, template literals or optional chaining (the build fails on what it cannot parse, see
 * {@code TeaVmBuild}). Values cross as strings, numbers, booleans or opaque {@code JSObject}s; structured data crosses
 * as JSON text. Callbacks use the callback forms of the WebExtension APIs, which Chromium and Firefox both offer on
 * the {@code chrome} namespace.
 */
package io.herald.extension.jso;
