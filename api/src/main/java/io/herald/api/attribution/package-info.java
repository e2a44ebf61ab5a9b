/**
 * Referral attribution: personal tracked links, the {@code /r/{code}} redirect that never waits for the database,
 * bot filtering, clicks and unique visitors, shares, company websites and the conversions they report.
 *
 * <p>Content items belong to the content area; this package sees them only through {@link
 * io.herald.api.attribution.ContentTargets}, so it neither reads nor creates content tables.
 */
package io.herald.api.attribution;
