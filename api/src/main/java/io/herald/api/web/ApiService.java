package io.herald.api.web;

/**
 * A resource of the API: registers its routes, each with who may call it. Like Helidon's {@code HttpService}, but its
 * rules take no route without an {@link Access}; {@link Routes#register} takes only these.
 */
@FunctionalInterface
public interface ApiService {
    void routing(AccessRules rules);
}
