/** The built extension's manifest and package, checked as the stores and the browsers would check them. */
package io.herald.extension.manifest;
