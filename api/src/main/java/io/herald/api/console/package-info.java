/**
 * The admin console: a static single-page application under {@code /admin/} that admins use to manage the library,
 * challenges, the guidelines, invites, people, teams and websites through the same API as everyone else. Its files
 * live in the classpath folder {@code admin/}; this package serves them, and beside them the guideline engine
 * ({@code engine.js} from the engine module's jar) and the charting library (uPlot from its WebJar), with the security
 * headers that let nothing else run in the page.
 */
package io.herald.api.console;
