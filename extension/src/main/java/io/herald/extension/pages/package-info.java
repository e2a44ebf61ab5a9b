/**
 * The extension's own pages: {@code options.html} (sign in, settings) and {@code popup.html} (the feed, copying a
 * caption with the personal link, the person's own figures, signing in another browser). Their markup is plain HTML in
 * {@code src/main/webextension}; these classes fill in the words and answer the forms, asking the background for
 * everything (the pages never see a token).
 */
package io.herald.extension.pages;
