package io.herald.api.people;

import java.util.Optional;


/**
 * What to change about a user; an empty field is left as it is. {@code team} is set only when
 * {@code changesTeam}: then an empty {@code team} takes the user out of their team.
 */
public record UserChange(Optional<Role> role, boolean changesTeam, Optional<String> team,
                         Optional<UserStatus> status) {

    public static UserChange roleAndTeam(Role role, Optional<String> team) {
        return new UserChange(Optional.of(role), true, team, Optional.empty());
    }
}
