/**
 * <em>Fetch details</em> in the item form: Herald fetches the page at an item's URL and reads its title, summary and
 * image from the Open Graph, Twitter Card and {@code <title>} tags. A server that fetches URLs it is given can be made
 * to reach what only it can reach (its own admin ports, the cloud's metadata service, the office network), so every
 * address is checked after DNS resolution, the connection goes to exactly the address checked, and every redirect is
 * checked again; see {@link io.herald.api.content.preview.PublicAddresses} and
 * {@link io.herald.api.content.preview.PageFetcher}.
 */
package io.herald.api.content.preview;
