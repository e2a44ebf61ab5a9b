/**
 * What the social platforms count: X's weighted post length (twitter-text's v3 configuration: code point weights,
 * emoji and links at a fixed weight, NFC), the links X recognises, and LinkedIn's character limit. The engine uses
 * these to warn before a post is cut off or refused.
 */
package io.herald.common.platform;
