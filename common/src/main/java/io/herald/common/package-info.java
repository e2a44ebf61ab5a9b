/**
 * Plain Java shared by the API and the browser extension: the guideline engine, platform rules, text similarity and
 * the domain types. Everything here compiles with TeaVM, so it uses no reflection and no JVM-only APIs.
 */
package io.herald.common;
