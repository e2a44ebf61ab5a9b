/**
 * The assistant ({@code assistant.js}): loaded into a LinkedIn or X page when a composer first gets focus. It reads
 * the focused composer's text while it has focus, shows the engine's findings, meters and suggestions in its own
 * panel ({@code <herald-assistant>}, in an open shadow root), marks problem spans with the CSS Custom Highlight API,
 * changes the text only through the editor's own input path, and reports the share when Post is pressed. The engine
 * itself runs in the background; this script only asks and shows.
 */
package io.herald.extension.assistant;
