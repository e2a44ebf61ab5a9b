/**
 * The build step that compiles the extension's Java entry points to JavaScript with TeaVM ({@link
 * io.herald.extension.build.TeaVmBuild}), run by Maven in {@code process-classes}. Nothing here is reachable from an
 * entry point, so none of it ends up in the JavaScript.
 */
package io.herald.extension.build;
