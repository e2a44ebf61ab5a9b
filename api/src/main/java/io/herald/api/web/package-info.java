/**
 * HTTP plumbing shared by every resource: JSON bodies in and out, field validation, the one problem+json error
 * shape, and CORS for the browser extension's origins.
 */
package io.herald.api.web;
