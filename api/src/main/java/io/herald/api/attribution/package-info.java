/**
 * Referral attribution: personal tracked links, the {@code /r/{code}} redirect that never waits for the database,
 * bot filtering, clicks and unique visitors, shares, company websites and the conversions they report.
 *
 * <p>Content items belong to the content area; this package sees them through {@link
 * io.herald.api.attribution.ContentTargets} and neither creates nor changes content tables. Only the reads it runs for
 * other areas ({@link io.herald.api.attribution.PersonalRecords}, {@link io.herald.api.attribution.SummaryRecords},
 * {@link io.herald.api.attribution.ChallengeRecords}) join other areas' tables, where a figure needs them
 * ({@code statements/attribution.yaml} says which).
 */
package io.herald.api.attribution;
