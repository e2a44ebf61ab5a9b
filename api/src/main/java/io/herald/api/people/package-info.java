/**
 * People: users (role, team and status, with the timestamps of the adoption funnel) and teams, and the admin endpoints
 * that manage them. People know nothing of sign-in ({@code io.herald.api.auth} depends on people, not the other way):
 * what deactivation does to sessions is sign-in's {@link io.herald.api.people.Deactivation}.
 */
package io.herald.api.people;
