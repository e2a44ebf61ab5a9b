package io.herald.api.people;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.herald.api.db.ConstraintViolations;
import io.herald.api.db.Transactions;
import io.herald.api.web.ApiException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbExecute;

/** The rules of teams: names are unique, and a team can be deleted only when nothing refers to it any more. */
public final class Teams {
    private final DbClient client;
    private final Clock clock;
    private final TeamRepository teams;

    public Teams(DbClient client, Clock clock, TeamRepository teams) {
        this.client = client;
        this.clock = clock;
        this.teams = teams;
    }

    public List<Team> list() {
        return teams.list(client.execute());
    }

    public Team get(String id) {
        return teams.find(client.execute(), id).orElseThrow(() -> notFound(id));
    }

    public Team create(String name) {
        return Transactions.inTransaction(client, tx -> {
            refuseTakenName(tx, name, "");
            String id = UUID.randomUUID().toString();
            teams.insert(tx, id, name, clock.instant());
            return teams.find(tx, id).orElseThrow();
        });
    }

    public Team rename(String id, String name) {
        return Transactions.inTransaction(client, tx -> {
            teams.find(tx, id).orElseThrow(() -> notFound(id));
            refuseTakenName(tx, name, id);
            teams.rename(tx, id, name);
            return teams.find(tx, id).orElseThrow();
        });
    }

    public void delete(String id) {
        try {
            Transactions.inTransaction(client, tx -> {
                Team team = teams.find(tx, id).orElseThrow(() -> notFound(id));
                if (team.memberCount() > 0) {
                    throw ApiException.conflict("The team '" + team.name() + "' still has " + team.memberCount()
                                                + (team.memberCount() == 1 ? " member" : " members")
                                                + "; move them to another team before deleting it.");
                }
                teams.delete(tx, id);
                return id;
            });
        } catch (DbClientException e) {
            if (ConstraintViolations.isViolation(e)) {
                throw ApiException.conflict("The team is still in use (for example, content is targeted at it); "
                                            + "remove those references before deleting it.");
            }
            throw e;
        }
    }

    private void refuseTakenName(DbExecute db, String name, String exceptId) {
        teams.findIdByName(db, name).filter(other -> !other.equals(exceptId)).ifPresent(other -> {
            throw ApiException.conflict("A team named '" + name + "' already exists.");
        });
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("There is no team with id " + id + ".");
    }
}
