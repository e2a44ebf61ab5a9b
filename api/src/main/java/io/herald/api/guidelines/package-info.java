/**
 * The guidelines store: the company's tone rule set, kept with every previous version, served with an ETag so the
 * extension can cache it. The rule format and its validation belong to the guideline engine in {@code common}.
 */
package io.herald.api.guidelines;
