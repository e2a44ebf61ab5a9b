/**
 * Shares: the posts employees published, recorded idempotently on the client's id, with the guideline findings per
 * rule and the text's fingerprint (the post text itself only when the deployment opts in).
 */
package io.herald.api.attribution.shares;
