package io.herald.extension.jso;

import org.teavm.jso.JSBody;

/** {@code chrome.i18n}: the extension's messages in the browser's language, from {@code _locales}. */
public final class I18nApi {

    private I18nApi() {
    }

    /** The message {@code name} with its placeholders filled from {@code substitutions}; "" when unknown. */
    @JSBody(params = {"name", "substitutions"}, script = "return chrome.i18n.getMessage(name, substitutions);")
    public static native String message(String name, String[] substitutions);

    /** The browser's interface language, such as {@code en-US} or {@code fi}. */
    @JSBody(script = "return chrome.i18n.getUILanguage();")
    public static native String uiLanguage();
}
