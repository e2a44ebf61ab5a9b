package io.herald.api.people;

import java.time.Clock;

import io.herald.api.db.Database;
import io.herald.api.web.Area;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Routes;

/** People: users and teams, and the admin endpoints that manage them ({@code /api/v1/users}, {@code /teams}). */
public final class PeopleArea implements Area {
    private final Teams teams;
    private final UserChanges userChanges;
    private final UsersService usersService;
    private final TeamsService teamsService;

    private PeopleArea(Teams teams, UserChanges userChanges, UsersService usersService, TeamsService teamsService) {
        this.teams = teams;
        this.userChanges = userChanges;
        this.usersService = usersService;
        this.teamsService = teamsService;
    }

    /** @param deactivation what sign-in does when someone is deactivated (ends their sessions) */
    public static PeopleArea create(Database database, JsonBodies bodies, Clock clock, Deactivation deactivation) {
        UserRepository users = new UserRepository();
        TeamRepository teamRepository = new TeamRepository();
        UserChanges userChanges = new UserChanges(database.client(), clock, users, teamRepository, deactivation);
        Teams teams = new Teams(database.client(), clock, teamRepository);
        return new PeopleArea(teams, userChanges, new UsersService(database, users, userChanges, bodies, clock),
                              new TeamsService(teams, bodies));
    }

    @Override
    public void routes(Routes routes) {
        routes.register("/api/v1/users", usersService)
                .register("/api/v1/teams", teamsService);
    }

    public Teams teams() {
        return teams;
    }

    /** How admins change people; invites change them too. */
    public UserChanges userChanges() {
        return userChanges;
    }
}
