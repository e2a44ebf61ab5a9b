package io.herald.api.challenges;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import io.herald.api.auth.CurrentUser;
import io.herald.api.content.ContentItem;
import io.herald.api.content.ContentLookup;
import io.herald.api.content.ContentStatus;
import io.herald.api.db.Constraints;
import io.herald.api.db.Transactions;
import io.herald.api.people.Teams;
import io.herald.api.web.ApiException;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.helidon.dbclient.DbClient;

/**
 * The rules of challenges. A challenge is for a week that has not ended, for everyone or for a team that exists, one
 * per audience and week (409 for a second), with two or three items that are published, not expired before the week
 * starts, and meant for the whole audience (an item for other teams only would be missing for some of it). Employees
 * see this week's challenge for everyone and their team's, with the items they may see now.
 */
public final class Challenges {
    private final DbClient client;
    private final ChallengeRepository repository = new ChallengeRepository();
    private final ContentLookup content;
    private final Teams teams;
    private final Clock clock;

    private Challenges(DbClient client, ContentLookup content, Teams teams, Clock clock) {
        this.client = client;
        this.content = content;
        this.teams = teams;
        this.clock = clock;
    }

    public static Challenges create(DbClient client, ContentLookup content, Teams teams, Clock clock) {
        return new Challenges(client, content, teams, clock);
    }

    public Page<ChallengeSummary> list(Paging paging) {
        return repository.list(client.execute(), paging).map(challenge -> new ChallengeSummary(challenge,
                                                                             repository.participation(client.execute(), challenge)));
    }

    public ChallengeSummary get(String id) {
        Challenge challenge = find(id);
        return new ChallengeSummary(challenge, repository.participation(client.execute(), challenge));
    }

    public Challenge create(ChallengeRequest request, CurrentUser admin) {
        check(request);
        Instant now = now();
        Challenge challenge = compose(UUID.randomUUID().toString(), request, admin, now, admin.id(), now);
        store(request, () -> Transactions.inTransaction(client, tx -> {
            repository.insert(tx, challenge);
            return challenge;
        }));
        return challenge;
    }

    public Challenge update(String id, ChallengeRequest request, CurrentUser admin) {
        Challenge current = find(id);
        check(request);
        Challenge updated = compose(id, request, admin, now(), current.createdBy(), current.createdAt());
        store(request, () -> {
            if (!Transactions.inTransaction(client, tx -> repository.update(tx, updated))) {
                throw notFound();
            }
        });
        return updated;
    }

    public void delete(String id) {
        if (!repository.delete(client.execute(), id)) {
            throw notFound();
        }
    }

    /** This week's challenges for the employee, each with the items they may see now; those with none are left out. */
    public CurrentChallenges current(CurrentUser employee) {
        List<CurrentChallenge> current = repository.ofWeek(client.execute(), monday(today()), employee.teamId()).stream()
                .map(challenge -> new CurrentChallenge(
                        challenge.id(), challenge.weekStart(), challenge.weekEnd(), challenge.message(),
                        challenge.teamId(), challenge.items().stream()
                        .flatMap(item -> content.findVisibleInFeed(item, employee).stream())
                        .toList()))
                .filter(challenge -> !challenge.items().isEmpty())
                .toList();
        return new CurrentChallenges(current);
    }

    private Challenge find(String id) {
        return repository.find(client.execute(), id).orElseThrow(Challenges::notFound);
    }

    private void check(ChallengeRequest request) {
        if (request.weekStart().plusDays(6).isBefore(today())) {
            throw ApiException.invalidField("weekStart", "is a week that has ended; choose this week or a later one.");
        }
        request.teamId().ifPresent(team -> {
            if (teams.list().stream().noneMatch(t -> t.id().equals(team))) {
                throw ApiException.invalidField("teamId", "is not a known team id: " + team + ".");
            }
        });
        Instant weekStarts = request.weekStart().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int i = 0; i < request.items().size(); i++) {
            String field = "items[" + i + "]";
            ContentItem item = content.find(request.items().get(i)).orElseThrow(
                    () -> ApiException.invalidField(field, "is not a content item."));
            if (item.status() != ContentStatus.PUBLISHED) {
                throw ApiException.invalidField(field, "is not published: “" + item.title() + "” is "
                                                       + item.status().id() + ".");
            }
            if (item.expiresAt().filter(expires -> !expires.isAfter(weekStarts)).isPresent()) {
                throw ApiException.invalidField(field, "expires before the week starts: “" + item.title() + "”.");
            }
            boolean forAudience = item.targetTeams().isEmpty()
                                  || request.teamId().filter(item.targetTeams()::contains).isPresent();
            if (!forAudience) {
                throw ApiException.invalidField(field, "is meant for other teams than the challenge's audience: “"
                                                       + item.title() + "”.");
            }
        }
    }

    /** A second challenge for the same audience and week breaks the unique key: a 409 that says so. */
    private static void store(ChallengeRequest request, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (Constraints.violated(e, "challenges_week_uq")) {
                throw ApiException.conflict("There is already a challenge for " + (request.teamId().isPresent()
                        ? "this team" : "everyone") + " in the week of " + request.weekStart()
                                            + "; change that one instead.");
            }
            if (Constraints.violated(e, "challenges_team_fk")) {
                throw ApiException.invalidField("teamId", "names a team that has just been deleted.");
            }
            throw e;
        }
    }

    private static Challenge compose(String id, ChallengeRequest request, CurrentUser admin, Instant now,
                                     String createdBy, Instant createdAt) {
        return new Challenge(id, request.weekStart(), request.weekStart().plusDays(6), request.teamId(),
                             request.message(), request.items(), createdBy, createdAt, admin.id(), now);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static ApiException notFound() {
        return ApiException.notFound("There is no challenge with this id.");
    }
}
