/**
 * The company's websites that report conversions: a public site key each and the origins allowed to send with it.
 */
package io.herald.api.attribution.sites;
