/**
 * Invites: single-use, expiring codes that admins send and people redeem to sign in; and the first admin invite that
 * an empty installation creates for itself.
 */
package io.herald.api.auth.invites;
