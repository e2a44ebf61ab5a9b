/**
 * Suggested content: ranks the items of a company's library (title, summary, captions, topics) against the draft an
 * employee is typing, with BM25F over folded words, so "Helsingissä" finds an item about Helsinki and "biura" one
 * about "biuro". Built once per library, then queried on every keystroke.
 */
package io.herald.common.rank;
