/**
 * Sign-in: redeeming invites and sign-in codes, making sign-in codes for another browser, refreshing and signing out;
 * the bearer-token filter that establishes who sent a request, and {@link io.herald.api.auth.Access}, which every
 * protected handler asks. Keys and tokens are in {@code auth.tokens}, invites in {@code auth.invites}, the people
 * themselves in {@code io.herald.api.people}.
 */
package io.herald.api.auth;
