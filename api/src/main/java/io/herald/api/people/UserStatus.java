package io.herald.api.people;

import io.herald.api.web.Choice;

/** Where a person is in the funnel: invited (no account yet), active, or deactivated by an admin. */
public enum UserStatus implements Choice {
    INVITED,
    ACTIVE,
    DEACTIVATED
}
