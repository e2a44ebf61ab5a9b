/**
 * Tokens: the ES256 signing keys and their published public half, access tokens (issued and verified with Nimbus JOSE
 * JWT) and the opaque refresh tokens that rotate within token families.
 */
package io.herald.api.auth.tokens;
