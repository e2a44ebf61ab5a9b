/**
 * The guideline engine's JavaScript API: the entry points TeaVM exports from {@code engine.js} for the extension and
 * the admin page, and the JSON they exchange. The engine itself lives in {@code common} and knows nothing of
 * TeaVM; this package is the only place that does. See extension/README.md for the exported functions.
 */
package io.herald.extension.engine;
