/**
 * The messages between the extension's parts: content scripts and pages ask, the background answers. Every message is
 * a JSON object tagged by {@code kind} ({@link io.herald.extension.message.Kind}); every answer is a JSON object, with
 * {@code error} (a sentence for the person) when the request could not be done. Plain Java, tested on the JVM.
 */
package io.herald.extension.message;
