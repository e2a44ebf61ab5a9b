package io.herald.api.auth.invites;

import io.herald.api.web.Choice;

/** Where an invite stands; derived from its timestamps (and the time now) by the SQL that reads it. */
public enum InviteState implements Choice {
    PENDING,
    REDEEMED,
    EXPIRED,
    REVOKED
}
