/**
 * JSON for everything in {@code common}, the engine and the extension: values ({@link io.herald.common.json.JsonObject},
 * {@link io.herald.common.json.JsonArray} and the scalars made by {@link io.herald.common.json.Json}), one reader
 * ({@link io.herald.common.json.Json#parse(String)}, strict RFC 8259, checked against JSONTestSuite) and one writer.
 *
 * <p>Its own code rather than a library: it must compile to JavaScript with TeaVM (no reflection, no threads), and
 * under TeaVM a reader that copies every character through a {@code Reader} and a buffer was a fifth of a lint's
 * fixed cost; this one takes each string without escapes out of the text with {@code substring}. The API of the
 * values follows minimal-json's, which the project used before; the written text is the same, character for character
 * (the stored rule set's canonical form, the engine's results).
 */
package io.herald.common.json;
