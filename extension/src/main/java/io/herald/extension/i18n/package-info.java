/**
 * The extension's own words in the person's language: {@code chrome.i18n} with the {@code _locales} of en, fi, nb
 * and pl, or the catalog of the language chosen in the settings.
 */
package io.herald.extension.i18n;
