/**
 * The content script that loads with every LinkedIn and X page ({@code content.js}, 30 KB at most). It only listens
 * for focus: when a composer gets focus it asks the background to load the assistant into the frame, and stops
 * listening. It reads nothing of the page and sends nothing anywhere else.
 */
package io.herald.extension.content;
