/**
 * Clicks off the request path: the bounded in-memory buffer the redirect offers visits to, the one background writer
 * that stores them in JDBC batches, and what it derives on the way (bot or person, the visitor's keyed hash with the
 * salt of the day, uniqueness, device class, referrer host). Raw addresses live only in memory, never in a row or a log.
 */
package io.herald.api.attribution.clicks;
