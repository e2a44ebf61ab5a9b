/**
 * KPIs and personal data: the admin summary ({@code /api/v1/analytics/summary}) read from daily rollups, leaderboard
 * consent ({@code /api/v1/me/preferences}), and a person's own figures, export and erasure ({@code /api/v1/me/stats},
 * {@code /export}, {@code /data}). Nobody is named or ranked without their consent, and teams too small to hide a
 * person are folded into "other".
 */
package io.herald.api.analytics;
