/**
 * The company's websites that report conversions: a public site key each and the origins allowed to send with it, a
 * secret key (kept only as its hash) for conversions sent by their servers, and their cap on a conversion's value.
 */
package io.herald.api.attribution.sites;
