/**
 * The JavaScript snippet for the company's websites: it keeps the landing {@code hclid} and sends conversions.
 */
package io.herald.api.attribution.snippet;
