/**
 * HTTP plumbing shared by every resource: JSON bodies in and out, field validation, the one problem+json error
 * shape, CORS for the browser extension's origins, and the routes, each registered with who may call it
 * ({@link io.herald.api.web.AccessRules}).
 */
package io.herald.api.web;
