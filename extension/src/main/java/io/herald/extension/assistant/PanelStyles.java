package io.herald.extension.assistant;

/**
 * The look of the panel and of the marks in the composer. The panel's rules live in its own shadow root, so the
 * site's styles cannot reach in and these cannot leak out; the marks are {@code ::highlight()} rules adopted by the
 * composer's document or shadow root, the only styles Herald adds there.
 */
final class PanelStyles {

    static final String PANEL = ""
            + ":host { all: initial; display: block; margin: 6px 0; font: 13px/1.4 system-ui, -apple-system, "
            + "'Segoe UI', Roboto, sans-serif; color: #1f2933; }\n"
            + ".panel { border: 1px solid #d5dae1; border-radius: 10px; background: #fff; max-width: 560px; }\n"
            + ".toggle { display: flex; align-items: center; gap: 6px; width: 100%; padding: 6px 10px; border: 0; "
            + "background: transparent; font: inherit; font-weight: 600; color: inherit; cursor: pointer; "
            + "text-align: start; border-radius: 10px; }\n"
            + ".logo { display: inline-grid; place-items: center; width: 18px; height: 18px; border-radius: 5px; "
            + "background: #3b5bdb; color: #fff; font-size: 11px; }\n"
            + ".badge { margin-inline-start: auto; min-width: 18px; padding: 0 6px; border-radius: 9px; "
            + "background: #e8ecf7; font-size: 12px; text-align: center; }\n"
            + ".badge:empty { display: none; }\n"
            + ".body { padding: 0 10px 8px; }\n"
            + ".body[hidden] { display: none; }\n"
            + ".meters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; color: #52606d; }\n"
            + ".bar { display: inline-block; width: 80px; height: 6px; border-radius: 3px; background: #e4e7eb; "
            + "vertical-align: middle; margin-inline-start: 6px; overflow: hidden; }\n"
            + ".fill { display: block; height: 100%; width: 0; background: #3b5bdb; }\n"
            + ".over .fill { background: #c92a2a; }\n"
            + ".over { color: #c92a2a; font-weight: 600; }\n"
            + ".nudge { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: #f1f5ff; }\n"
            + ".nudge:empty, .error:empty, .offers:empty { display: none; }\n"
            + "ul { list-style: none; margin: 6px 0; padding: 0; }\n"
            + "li { padding: 6px 0; border-top: 1px solid #eef0f3; }\n"
            + "li:first-child { border-top: 0; }\n"
            + ".finding::before { content: ''; display: inline-block; width: 8px; height: 8px; border-radius: 4px; "
            + "margin-inline-end: 6px; background: #3b5bdb; }\n"
            + ".finding.warning::before { background: #e67700; }\n"
            + ".finding.error::before { background: #c92a2a; }\n"
            + ".why { display: block; color: #52606d; font-size: 12px; }\n"
            + "button { font: inherit; cursor: pointer; }\n"
            + ".actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }\n"
            + ".actions button, .item button, .offers button, .signin button { padding: 3px 10px; "
            + "border: 1px solid #3b5bdb; border-radius: 14px; background: #fff; color: #3b5bdb; }\n"
            + ".actions button:hover, .item button:hover, .offers button:hover { background: #edf2ff; }\n"
            + "button:focus-visible, a:focus-visible { outline: 2px solid #3b5bdb; outline-offset: 2px; }\n"
            + "a { color: #3b5bdb; }\n"
            + "h3 { margin: 8px 0 2px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; "
            + "color: #52606d; }\n"
            + "h3[hidden] { display: none; }\n"
            + ".item .title { display: block; font-weight: 600; }\n"
            + ".item .summary { display: block; color: #52606d; }\n"
            + ".more { border: 0; background: none; color: #3b5bdb; padding: 0; }\n"
            + ".more[hidden] { display: none; }\n"
            + ".offers { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: #fff8e6; }\n"
            + ".error { margin: 6px 0; color: #c92a2a; }\n"
            + ".challenge { margin: 6px 0; padding: 6px 8px; border-radius: 6px; background: #ebfbee; }\n"
            + ".challenge:empty { display: none; }\n"
            + ".badge-challenge { margin-inline-start: 6px; padding: 0 6px; border-radius: 8px; background: #d3f9d8; "
            + "font-size: 11px; font-weight: 600; }\n"
            + ".signin { margin: 6px 0; }\n"
            + ".signin[hidden] { display: none; }\n"
            + ".hint { color: #52606d; font-size: 12px; margin: 4px 0 0; }\n";

    /** Marks in the composer: wavy for errors, solid for warnings, dotted for suggestions; never the text colour. */
    static final String HIGHLIGHTS = ""
            + "::highlight(herald-error) { text-decoration: underline wavy #c92a2a; "
            + "text-decoration-thickness: 1.5px; text-underline-offset: 3px; }\n"
            + "::highlight(herald-warning) { text-decoration: underline solid #e67700; "
            + "text-decoration-thickness: 2px; text-underline-offset: 3px; }\n"
            + "::highlight(herald-suggestion) { text-decoration: underline dotted #3b5bdb; "
            + "text-decoration-thickness: 2px; text-underline-offset: 3px; }\n"
            + "::highlight(herald-focus) { background-color: rgba(59, 91, 219, 0.18); }\n";

    private PanelStyles() {
    }
}
