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
        assertEquals("acme.example/News/1", ContentUrls.key("https://WWW.Acme.Example/News/1/#top"));
        assertEquals("acme.example/News/1", ContentUrls.key("acme.example/News/1"));
        assertEquals("acme.example/a?x=1", ContentUrls.key("http://acme.example/a/?x=1"));
        assertEquals("acme.example", ContentUrls.key("https://acme.example/"));
    }

    @Test
    void classifiesUrlsAgainstTheRequest() {
        ContentUrls urls = new ContentUrls(LintRequest.builder("", Platform.X)
                .item(new SharedItem(Optional.of("https://acme.example/item"), List.of(), Optional.empty()))
                .approvedUrls(List.of("https://acme.example/other"))
                .retiredUrls(List.of("https://acme.example/old"))
                .trackedLinks(List.of("https://go.acme.example/"))
                .build());
        assertTrue(urls.isApproved("http://www.acme.example/item/"));
        assertTrue(urls.isSharedItem("acme.example/item"));
        assertTrue(urls.isApproved("https://acme.example/other"));
        assertFalse(urls.isSharedItem("https://acme.example/other"));
        assertTrue(urls.isRetired("https://acme.example/old#x"));
        assertTrue(urls.isTracked("https://go.acme.example/Ab12"));
        assertFalse(urls.isTracked("https://acme.example/item"));
        assertFalse(urls.isApproved("https://acme.example/item/more"));
    }
}
