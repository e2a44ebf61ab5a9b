package io.herald.api.attribution.sites;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.herald.api.attribution.RandomCodes;
import io.herald.api.auth.Secrets;
import io.herald.api.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * Sites and their allowed origins in the database; rows are mapped here only. Deleted sites are kept, keyless. Holds
 * nothing: it runs on the {@link DbExecute} it is given.
 */
public final class SiteRepository {
    /** What every secret key starts with, so that one sent where the public key goes can be told apart. */
    public static final String SECRET_PREFIX = "hss_";

    /** A fresh site key: "hsk_" and 32 base62 characters (190 random bits). */
    static String newKey() {
        return "hsk_" + RandomCodes.base62(32);
    }

    /** A fresh secret key: "hss_" and 43 base62 characters (256 random bits). */
    static String newSecretKey() {
        return SECRET_PREFIX + RandomCodes.base62(43);
    }

    /**
     * A new site with its public key and its first secret key, which only this answer shows; run it in a transaction,
     * so that the site and its origins are stored together.
     */
    public Site create(DbExecute db, String name, List<String> origins, Optional<BigDecimal> maxValue, Instant now) {
        String secret = newSecretKey();
        Site site = new Site(UUID.randomUUID().toString(), name, newKey(), origins, maxValue, now, now,
                             Optional.of(now), Optional.of(secret));
        db.namedInsert("site-insert", site.id(), site.name(), site.key(), now.toEpochMilli(), now.toEpochMilli(),
                       Secrets.hash(secret), now.toEpochMilli(), maxValue.orElse(null));
        for (String origin : origins) {
            db.namedInsert("site-origin-insert", site.id(), origin);
        }
        return site;
    }

    public List<Site> list(DbExecute db) {
        Map<String, List<String>> origins = new LinkedHashMap<>();
        db.namedQuery("site-origins-all")
                .forEach(row -> origins.computeIfAbsent(Rows.string(row, "site_id"), id -> new ArrayList<>())
                        .add(Rows.string(row, "origin")));
        return db.namedQuery("sites-list")
                .map(row -> site(row, origins.getOrDefault(Rows.string(row, "id"), List.of()))).toList();
    }

    public Optional<Site> find(DbExecute db, String id) {
        return db.namedGet("site-get", id).map(row -> site(row, origins(db, id)));
    }

    public Optional<Site> findByKey(DbExecute db, String key) {
        return db.namedGet("site-get-by-key", key)
                .map(row -> site(row, origins(db, Rows.string(row, "id"))));
    }

    /** The live site whose secret key this is (looked up by its hash). */
    public Optional<Site> findBySecretKey(DbExecute db, String secret) {
        return db.namedGet("site-get-by-secret", Secrets.hash(secret))
                .map(row -> site(row, origins(db, Rows.string(row, "id"))));
    }

    /** Whether any live site allows the origin: what a CORS preflight, which carries no key, can be told. */
    public boolean anyAllows(DbExecute db, String origin) {
        return db.namedGet("site-origin-allowed", origin)
                .map(row -> Rows.number(row, "n") > 0).orElse(false);
    }

    public Optional<Site> rotateKey(DbExecute db, String id, Instant now) {
        long changed = db.namedUpdate("site-rotate-key", newKey(), now.toEpochMilli(), id);
        return changed == 0 ? Optional.empty() : find(db, id);
    }

    /** A new secret key for the site; the old one stops working at once. The answer is the only place it shows. */
    public Optional<Site> rotateSecretKey(DbExecute db, String id, Instant now) {
        String secret = newSecretKey();
        long changed = db.namedUpdate("site-rotate-secret", Secrets.hash(secret), now.toEpochMilli(), id);
        return changed == 0 ? Optional.empty() : find(db, id).map(site -> site.withSecretKey(secret));
    }

    /** The site's own cap on a conversion's value; empty returns it to the default. */
    public Optional<Site> setMaxValue(DbExecute db, String id, Optional<BigDecimal> maxValue) {
        long changed = db.namedUpdate("site-set-max-value", maxValue.orElse(null), id);
        return changed == 0 ? Optional.empty() : find(db, id);
    }

    public boolean delete(DbExecute db, String id, Instant now) {
        return db.namedUpdate("site-delete", now.toEpochMilli(), id) > 0;
    }

    private static List<String> origins(DbExecute db, String siteId) {
        return db.namedQuery("site-origins", siteId).map(row -> Rows.string(row, "origin")).toList();
    }

    private static Site site(DbRow row, List<String> origins) {
        return new Site(Rows.string(row, "id"), Rows.string(row, "name"), Rows.string(row, "site_key"),
                        List.copyOf(origins),
                        Rows.optionalString(row, "max_value")
                                .map(value -> new BigDecimal(value).setScale(4, RoundingMode.HALF_UP)),
                        Rows.instant(row, "created_at"), Rows.instant(row, "key_created_at"),
                        Rows.optionalInstant(row, "secret_created_at"), Optional.empty());
    }
}
