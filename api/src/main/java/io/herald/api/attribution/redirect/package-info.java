/**
 * {@code GET /r/{code}}: the redirect that answers from memory. Link codes and their destinations are cached, the
 * click id is drawn, the visit is recorded (appended to the click journal, a copy into a memory-mapped file), and the
 * 302 goes out; the database is never waited for.
 */
package io.herald.api.attribution.redirect;
