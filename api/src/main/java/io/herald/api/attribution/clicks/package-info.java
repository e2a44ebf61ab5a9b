/**
 * Clicks off the request path: the click journal the redirect appends visits to (memory-mapped files that survive
 * the process dying), the bounded in-memory buffer that holds what could not be journaled, the one background writer
 * that stores both in JDBC batches (with the journal's mark in the same transaction, so a restart replays exactly what
 * was not stored), and what it derives on the way (bot or person, the visitor's keyed hash with the salt of the day,
 * uniqueness, device class, referrer host). Raw addresses live only in memory and in the journal until their click is
 * stored, never in a row or a log.
 */
package io.herald.api.attribution.clicks;
