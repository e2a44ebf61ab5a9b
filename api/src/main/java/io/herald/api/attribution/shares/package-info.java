/**
 * Shares: the posts employees published, recorded idempotently on the client's id, with the guideline findings per
 * rule and the text's fingerprint (the post text itself only when the deployment opts in). Recording a share also
 * decides whether it is a copy of another employee's ({@link io.herald.api.attribution.shares.Copies}) and adds it to
 * the daily share rollups the KPI summary reads, in the same transaction.
 */
package io.herald.api.attribution.shares;
