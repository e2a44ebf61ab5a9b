/**
 * The guideline engine compiled for browsers: the entry points TeaVM exports from {@code engine.js} for the admin
 * console (and the cross-runtime tests), and {@link io.herald.engine.BrowserEngine}, through which the extension's
 * background, compiled by TeaVM too, lints. The engine itself lives in {@code common} and knows nothing of TeaVM; this
 * package is where TeaVM meets it. See engine/README.md for the exported functions.
 */
package io.herald.engine;
