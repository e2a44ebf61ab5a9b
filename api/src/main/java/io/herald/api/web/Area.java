package io.herald.api.web;

/**
 * An area of Herald (sign-in, people, content, guidelines, lint, challenges, attribution, analytics), all in one shape:
 * built once, by a static factory, from its typed settings (read from the configuration once, by the area's own
 * {@code Settings.from}) and the other areas it needs, which it is given and never looks up; it registers its own
 * routes, and hands other areas only what they use. Dependencies between areas point one way: the order
 * {@code Herald} builds them in.
 */
public interface Area {
    /** Registers the area's services, each route with who may call it. */
    void routes(Routes routes);
}
