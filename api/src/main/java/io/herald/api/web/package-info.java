/**
 * HTTP plumbing shared by every resource: JSON bodies in and out, field validation, and the one problem+json error
 * shape.
 */
package io.herald.api.web;
