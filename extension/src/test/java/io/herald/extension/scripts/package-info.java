/** The scripts and the zip the build made: valid JavaScript, self-starting, within their budgets. */
package io.herald.extension.scripts;
