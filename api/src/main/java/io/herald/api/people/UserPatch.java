package io.herald.api.people;

import java.util.Optional;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code PATCH /api/v1/users/{id}}: fields left out stay as they are. {@code teamId} is read as a raw JSON
 * node because {@code "teamId": null} (take the user out of their team) must differ from leaving it out.
 */
public record UserPatch(Role role, JsonNode teamId, UserStatus status) {
    public UserPatch {
        if (teamId != null && !teamId.isNull() && !teamId.isTextual()) {
            throw ApiException.invalidField("teamId", "must be a team id or null.");
        }
        if (teamId != null && teamId.isTextual()) {
            Fields.text("teamId", teamId.textValue(), 36);
        }
        if (status == UserStatus.INVITED) {
            throw ApiException.invalidField("status", "can be set to 'active' or 'deactivated'; people become "
                                                      + "'invited' by being sent an invite.");
        }
    }

    public UserChange change() {
        return new UserChange(Optional.ofNullable(role),
                              teamId != null,
                              teamId == null || teamId.isNull() ? Optional.empty()
                                                                : Optional.of(teamId.textValue().strip()),
                              Optional.ofNullable(status));
    }
}
