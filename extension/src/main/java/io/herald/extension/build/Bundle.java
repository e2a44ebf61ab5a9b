package io.herald.extension.build;

import org.teavm.backend.javascript.JSModuleType;

/**
 * The JavaScript files the build makes, each compiled by TeaVM from one Java entry class. The extension's own scripts
 * are plain scripts (a content script cannot be an ES module; the service worker, the options page and the popup load
 * them the same way); {@code engine.js} is the ES module of the guideline engine for the admin console and the
 * cross-runtime tests, and is not part of the extension.
 */
public enum Bundle {
    /** Loads with every LinkedIn and X page: waits for a composer to get focus. Budget: 30 KB. */
    CONTENT("io.herald.extension.content.ContentScript", "webextension", "content.js", JSModuleType.NONE),
    /** Injected into a page when a composer first gets focus: the panel, highlights, insertion, Post detection. */
    ASSISTANT("io.herald.extension.assistant.Assistant", "webextension", "assistant.js", JSModuleType.NONE),
    /** The service worker (Chromium) or background script (Firefox): the API, the engine, the share queue. */
    BACKGROUND("io.herald.extension.background.Background", "webextension", "background.js", JSModuleType.NONE),
    OPTIONS("io.herald.extension.pages.OptionsPage", "webextension", "options.js", JSModuleType.NONE),
    POPUP("io.herald.extension.pages.PopupPage", "webextension", "popup.js", JSModuleType.NONE),
    /** The guideline engine as an ES module (see extension/README.md, "engine.js"). */
    ENGINE("io.herald.extension.engine.EngineExports", "engine", "engine.js", JSModuleType.ES2015);

    private final String mainClass;
    private final String folder;
    private final String fileName;
    private final JSModuleType moduleType;

    Bundle(String mainClass, String folder, String fileName, JSModuleType moduleType) {
        this.mainClass = mainClass;
        this.folder = folder;
        this.fileName = fileName;
        this.moduleType = moduleType;
    }

    public String mainClass() {
        return mainClass;
    }

    /** The folder under {@code target/} that the file goes to. */
    public String folder() {
        return folder;
    }

    public String fileName() {
        return fileName;
    }

    public JSModuleType moduleType() {
        return moduleType;
    }

    /**
     * Whether the script starts itself. TeaVM's plain scripts only declare {@code main}; the build wraps them in a
     * function that calls it, so they run when loaded and add no global name to the page or the worker.
     */
    public boolean startsItself() {
        return moduleType == JSModuleType.NONE;
    }
}
