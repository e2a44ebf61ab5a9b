package io.herald.api.people;

import io.herald.api.web.Choice;

/** What a signed-in person may do: admins manage the library and people, employees share. */
public enum Role implements Choice {
    ADMIN,
    EMPLOYEE
}
