/**
 * People and sign-in: users, invites, ES256 access tokens, rotating refresh tokens and the signing keys.
 */
package io.herald.api.auth;
