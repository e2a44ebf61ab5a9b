package io.herald.common.lint.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.lint.LintRequest;
import io.herald.common.lint.SharedItem;
import io.herald.common.platform.Platform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentUrlsTest {

    @Test
    void keyIgnoresSchemeWwwHostCaseTrailingSlashAndFragment() {
        assertEquals("acme.com/News/1", ContentUrls.key("https://WWW.Acme.Com/News/1/#top"));
        assertEquals("acme.com/News/1", ContentUrls.key("acme.com/News/1"));
        assertEquals("acme.com/a?x=1", ContentUrls.key("http://acme.com/a/?x=1"));
        assertEquals("acme.com", ContentUrls.key("https://acme.com/"));
    }

    @Test
    void classifiesUrlsAgainstTheRequest() {
        ContentUrls urls = new ContentUrls(LintRequest.builder("", Platform.X)
                .item(new SharedItem(Optional.of("https://acme.com/item"), List.of(), Optional.empty()))
                .approvedUrls(List.of("https://acme.com/other"))
                .retiredUrls(List.of("https://acme.com/old"))
                .trackedLinks(List.of("https://go.acme.com/"))
                .build());
        assertTrue(urls.isApproved("http://www.acme.com/item/"));
        assertTrue(urls.isSharedItem("acme.com/item"));
        assertTrue(urls.isApproved("https://acme.com/other"));
        assertFalse(urls.isSharedItem("https://acme.com/other"));
        assertTrue(urls.isRetired("https://acme.com/old#x"));
        assertTrue(urls.isTracked("https://go.acme.com/Ab12"));
        assertFalse(urls.isTracked("https://acme.com/item"));
        assertFalse(urls.isApproved("https://acme.com/item/more"));
    }
}
