package io.herald.api.attribution.clicks;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.herald.api.db.ConstraintViolations;
import io.herald.api.attribution.UtcDay;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbClient;

/**
 * The secret salt of each UTC day. A day's salt is made (32 random bytes) by the first visit of the day, stored so a
 * restart that day reuses it, and shared by every Herald instance on the same database (a racing instance's insert
 * loses and reads the winner's). Salts older than yesterday are deleted by {@link #rotate()}, which the click writer
 * calls every second and which acts once per day: yesterday's stays for
 * visits still on their way at midnight, so a salt lives at most until the end of the day after its own.
 */
public final class VisitorSalts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DbClient client;
    private final Clock clock;
    private final Map<Integer, byte[]> known = new HashMap<>();
    /** The day of the last successful rotation: the writer asks every second, the database is asked once a day. */
    private int rotatedOn = -1;

    public VisitorSalts(DbClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public synchronized byte[] forDay(int utcDay) {
        byte[] salt = known.get(utcDay);
        if (salt == null) {
            salt = stored(utcDay).orElseGet(() -> create(utcDay));
            known.put(utcDay, salt);
        }
        return salt;
    }

    /**
     * Deletes the salts of the days before yesterday, here and in the database, and the visitor hashes made with
     * them (useless without their salt, and no longer needed to tell unique clicks).
     */
    public synchronized void rotate() {
        int today = UtcDay.of(clock.millis());
        if (today == rotatedOn) {
            return;
        }
        int keepFrom = UtcDay.previous(today);
        known.keySet().removeIf(day -> day < keepFrom);
        client.execute().namedDelete("visitor-salts-delete-before", keepFrom);
        client.execute().namedDelete("unique-visitors-delete-before", keepFrom);
        rotatedOn = today;
    }

    private Optional<byte[]> stored(int utcDay) {
        return client.execute().namedGet("visitor-salt-get", utcDay)
                .map(row -> HexFormat.of().parseHex(Rows.string(row, "salt")));
    }

    private byte[] create(int utcDay) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            client.execute().namedInsert("visitor-salt-insert", utcDay, HexFormat.of().formatHex(salt), clock.millis());
            return salt;
        } catch (RuntimeException e) {
            if (ConstraintViolations.isViolation(e)) {
                return stored(utcDay).orElseThrow(() -> e);
            }
            throw e;
        }
    }
}
