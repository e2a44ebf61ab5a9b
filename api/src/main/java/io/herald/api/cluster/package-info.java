/**
 * Several Herald instances on one database: the change feed through which what one instance changes reaches what the
 * others keep in memory, and the register of running instances that erasures wait on. See docs/multi-instance.md.
 */
package io.herald.api.cluster;
