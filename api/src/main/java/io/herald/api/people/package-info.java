/**
 * People: users (role, team and status, with the timestamps of the adoption funnel) and teams, and the admin endpoints
 * that manage them.
 */
package io.herald.api.people;
