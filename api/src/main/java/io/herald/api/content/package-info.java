/**
 * The approved-content library: items that admins curate (URL, captions, audience, publish window) and the feed of
 * what each employee may share now. Other areas read items through {@link io.herald.api.content.ContentLookup}.
 */
package io.herald.api.content;
