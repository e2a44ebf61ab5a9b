/**
 * The sites Herald works in, one adapter each. Every selector an adapter relies on stands in its class, and only
 * there: when LinkedIn or X change their markup, this package and its fixtures are what change. Adapters anchor on
 * structure, test ids and classes the sites use for their own code, never on visible labels or {@code aria-label}s,
 * which the sites translate.
 */
package io.herald.extension.site;
