package io.herald.extension.background;

import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.jso.I18nApi;
import io.herald.extension.site.Site;
import java.util.Locale;

/**
 * The person's choices, in storage under {@code settings}: {@code {"language", "sites": {"x", "linkedin"},
 * "collapsed": {"x", "linkedin"}}}. {@code language} is {@code ""} for the browser's own; sites are on unless
 * switched off; the panel is open unless collapsed on that site.
 */
final class Settings {

    static final String KEY = "settings";
    /** The languages Herald's messages and the guideline engine's come in. */
    static final String[] LANGUAGES = {"en", "fi", "nb", "pl"};

    private JsonObject state = new JsonObject();

    void load(Runnable done) {
        Store.read(KEY, value -> {
            state = value != null && value.isObject() ? value.asObject() : new JsonObject();
            done.run();
        });
    }

    /** The chosen language, or "" for the browser's. */
    String chosenLanguage() {
        return state.getString("language", "");
    }

    /** The language Herald speaks: the chosen one, else the browser's if Herald has it, else English. */
    String language() {
        String chosen = chosenLanguage();
        return chosen.isEmpty() ? supported(I18nApi.uiLanguage()) : chosen;
    }

    /** The supported language of a BCP 47 tag ({@code fi-FI} → {@code fi}, {@code no}/{@code nn} → {@code nb}). */
    static String supported(String tag) {
        String primary = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        primary = dash >= 0 ? primary.substring(0, dash) : primary;
        if (primary.equals("no") || primary.equals("nn")) {
            return "nb";
        }
        for (String language : LANGUAGES) {
            if (language.equals(primary)) {
                return language;
            }
        }
        return "en";
    }

    boolean siteOn(Site site) {
        return flag("sites", site.id(), true);
    }

    boolean collapsed(Site site) {
        return flag("collapsed", site.id(), false);
    }

    void setCollapsed(Site site, boolean collapsed, Runnable done) {
        group("collapsed").set(site.id(), collapsed);
        Store.write(KEY, state, done);
    }

    /** Stores a language ("" or one of {@link #LANGUAGES}) and the sites switched on. */
    void save(String language, boolean x, boolean linkedIn, Runnable done) {
        state.set("language", language.isEmpty() ? "" : supported(language));
        group("sites").set(Site.X.id(), x).set(Site.LINKEDIN.id(), linkedIn);
        Store.write(KEY, state, done);
    }

    JsonObject toJson() {
        return new JsonObject()
                .add("language", chosenLanguage())
                .add("sites", new JsonObject().add(Site.X.id(), siteOn(Site.X))
                        .add(Site.LINKEDIN.id(), siteOn(Site.LINKEDIN)));
    }

    private boolean flag(String group, String name, boolean absent) {
        JsonValue value = group(group).get(name);
        return value != null && value.isBoolean() ? value.asBoolean() : absent;
    }

    private JsonObject group(String name) {
        JsonValue group = state.get(name);
        if (group == null || !group.isObject()) {
            group = new JsonObject();
            state.set(name, group);
        }
        return group.asObject();
    }
}
