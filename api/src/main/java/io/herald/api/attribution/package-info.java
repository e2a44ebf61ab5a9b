/**
 * Referral attribution: personal tracked links, the {@code /r/{code}} redirect that never waits for the database,
 * bot filtering, clicks and unique visitors, shares, company websites and the conversions they report.
 *
 * <p>Content items belong to the content area; this package sees them through {@link
 * io.herald.api.attribution.ContentTargets} and neither creates nor changes content tables. Only reads it runs for
 * other areas join them, for what the library says of an item now ({@code statements/attribution.yaml} says which).
 */
package io.herald.api.attribution;
