/**
 * The build step that compiles Java entry classes to JavaScript with TeaVM ({@link io.herald.engine.build.TeaVmBuild}),
 * run by Maven in {@code process-classes} by this module (for {@code engine.js}) and by the extension (for its
 * scripts). Nothing here is reachable from an entry class, so none of it ends up in JavaScript.
 */
package io.herald.engine.build;
