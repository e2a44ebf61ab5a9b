/**
 * Conversions reported by the company's websites (site key, CORS for the site's origins), idempotent on the site's
 * event id and attributed through the click id to link, employee, content and platform inside the attribution window.
 */
package io.herald.api.attribution.conversions;
