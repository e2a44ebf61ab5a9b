/**
 * Personal tracked links: one per employee, content item and platform, with a short unguessable code.
 */
package io.herald.api.attribution.links;
