/**
 * The admin console: a static single-page application under {@code /admin/} that admins use to manage the library,
 * the guidelines, invites, people and teams through the same API as everyone else. Its files live in the classpath
 * folder {@code admin/}; this package only serves them, with the security headers that let nothing else run in the page.
 */
package io.herald.api.console;
