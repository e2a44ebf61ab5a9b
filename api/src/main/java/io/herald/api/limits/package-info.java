/**
 * Rate limits against guessing and flooding: token buckets per client address and per user or site key, one set per
 * target (redeem, refresh, lint, link minting, conversions, the redirect's look-ups of unknown codes), answering 429
 * with {@code Retry-After} and counted in {@code herald_rate_limited_total}. Configured under {@code herald.limits}.
 */
package io.herald.api.limits;
