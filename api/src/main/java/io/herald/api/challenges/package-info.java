/**
 * Weekly challenges: two or three published items that admins ask everyone, or one team, to share in one week
 * (Monday to Sunday, UTC), with a short message. Employees read the current ones ({@code GET
 * /api/v1/challenges/current}, for the extension's popup and assistant); admins manage them and see how many of the
 * audience took part, never who did not.
 */
package io.herald.api.challenges;
