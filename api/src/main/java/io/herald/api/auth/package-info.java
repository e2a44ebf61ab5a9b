/**
 * Sign-in: redeeming invites and sign-in codes, making sign-in codes for another browser, refreshing and signing out;
 * {@link io.herald.api.auth.Authentication}, which establishes who sent a request to a route declared for signed-in
 * people or admins ({@link io.herald.api.web.Access}). Keys and tokens are in {@code auth.tokens}, invites in
 * {@code auth.invites}, the people themselves in {@code io.herald.api.people}.
 */
package io.herald.api.auth;
