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
import io.herald.api.db.Transactions;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbRow;

/** Sites and their allowed origins in the database; rows are mapped here only. Deleted sites are kept, keyless. */
public final class SiteRepository {
    /** What every secret key starts with, so that one sent where the public key goes can be told apart. */
    public static final String SECRET_PREFIX = "hss_";

    private final DbClient client;

    public SiteRepository(DbClient client) {
        this.client = client;
    }

    /** A fresh site key: "hsk_" and 32 base62 characters (190 random bits). */
    static String newKey() {
        return "hsk_" + RandomCodes.base62(32);
    }

    /** A fresh secret key: "hss_" and 43 base62 characters (256 random bits). */
    static String newSecretKey() {
        return SECRET_PREFIX + RandomCodes.base62(43);
    }

    /** A new site with its public key and its first secret key, which only this answer shows. */
    public Site create(String name, List<String> origins, Optional<BigDecimal> maxValue, Instant now) {
        String secret = newSecretKey();
        Site site = new Site(UUID.randomUUID().toString(), name, newKey(), origins, maxValue, now, now,
                             Optional.of(now), Optional.of(secret));
        Transactions.inTransaction(client, tx -> {
            tx.namedInsert("site-insert", site.id(), site.name(), site.key(), now.toEpochMilli(), now.toEpochMilli(),
                           Secrets.hash(secret), now.toEpochMilli(), maxValue.orElse(null));
            for (String origin : origins) {
                tx.namedInsert("site-origin-insert", site.id(), origin);
            }
            return site;
        });
        return site;
    }

    public List<Site> list() {
        Map<String, List<String>> origins = new LinkedHashMap<>();
        client.execute().namedQuery("site-origins-all")
                .forEach(row -> origins.computeIfAbsent(Rows.string(row, "site_id"), id -> new ArrayList<>())
                        .add(Rows.string(row, "origin")));
        return client.execute().namedQuery("sites-list")
                .map(row -> site(row, origins.getOrDefault(Rows.string(row, "id"), List.of()))).toList();
    }

    public Optional<Site> find(String id) {
        return client.execute().namedGet("site-get", id).map(row -> site(row, origins(id)));
    }

    public Optional<Site> findByKey(String key) {
        return client.execute().namedGet("site-get-by-key", key)
                .map(row -> site(row, origins(Rows.string(row, "id"))));
    }

    /** The live site whose secret key this is (looked up by its hash). */
    public Optional<Site> findBySecretKey(String secret) {
        return client.execute().namedGet("site-get-by-secret", Secrets.hash(secret))
                .map(row -> site(row, origins(Rows.string(row, "id"))));
    }

    /** Whether any live site allows the origin: what a CORS preflight, which carries no key, can be told. */
    public boolean anyAllows(String origin) {
        return client.execute().namedGet("site-origin-allowed", origin)
                .map(row -> Rows.number(row, "n") > 0).orElse(false);
    }

    public Optional<Site> rotateKey(String id, Instant now) {
        long changed = client.execute().namedUpdate("site-rotate-key", newKey(), now.toEpochMilli(), id);
        return changed == 0 ? Optional.empty() : find(id);
    }

    /** A new secret key for the site; the old one stops working at once. The answer is the only place it shows. */
    public Optional<Site> rotateSecretKey(String id, Instant now) {
        String secret = newSecretKey();
        long changed = client.execute().namedUpdate("site-rotate-secret", Secrets.hash(secret), now.toEpochMilli(),
                                                    id);
        return changed == 0 ? Optional.empty() : find(id).map(site -> site.withSecretKey(secret));
    }

    /** The site's own cap on a conversion's value; empty returns it to the default. */
    public Optional<Site> setMaxValue(String id, Optional<BigDecimal> maxValue) {
        long changed = client.execute().namedUpdate("site-set-max-value", maxValue.orElse(null), id);
        return changed == 0 ? Optional.empty() : find(id);
    }

    public boolean delete(String id, Instant now) {
        return client.execute().namedUpdate("site-delete", now.toEpochMilli(), id) > 0;
    }

    private List<String> origins(String siteId) {
        return client.execute().namedQuery("site-origins", siteId).map(row -> Rows.string(row, "origin")).toList();
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
