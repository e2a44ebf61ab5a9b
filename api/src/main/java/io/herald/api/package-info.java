/**
 * Herald's API server: {@link io.herald.api.Main} starts it, {@link io.herald.api.Herald} wires it.
 */
package io.herald.api;
