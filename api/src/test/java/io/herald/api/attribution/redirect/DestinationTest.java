package io.herald.api.attribution.redirect;

import java.util.Optional;

import io.herald.api.attribution.ContentTarget;
import io.herald.common.platform.Platform;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class DestinationTest {
    private static String location(String url, String slug, Platform platform) {
        ContentTarget target = new ContentTarget("c1", url, slug, "article", "published", Optional.empty());
        return Destination.of(target).orElseThrow().location(platform, "Ab3dE5gH9k", "CLICK");
    }

    private static Optional<Destination> destination(String url) {
        return Destination.of(new ContentTarget("c1", url, "s", "article", "published", Optional.empty()));
    }

    @Test
    void addsTheTrackingParametersToAPlainUrl() {
        assertThat(location("https://example.com/blog/post", "spring-launch", Platform.LINKEDIN),
                   is("https://example.com/blog/post?utm_source=linkedin&utm_medium=employee_advocacy"
                      + "&utm_campaign=spring-launch&utm_content=Ab3dE5gH9k&hclid=CLICK"));
    }

    @Test
    void keepsTheTargetsQueryAndFragmentWithTheirEncoding() {
        assertThat(location("https://example.com/p?q=a%20b&lang=fr&x=%E2%9C%93#section-2", "s", Platform.X),
                   is("https://example.com/p?q=a%20b&lang=fr&x=%E2%9C%93&utm_source=x&utm_medium=employee_advocacy"
                      + "&utm_campaign=s&utm_content=Ab3dE5gH9k&hclid=CLICK#section-2"));
    }

    @Test
    void replacesExistingTrackingParametersInsteadOfDuplicatingThem() {
        assertThat(location("https://example.com/p?utm_source=newsletter&id=7&UTM_Medium=email&utm%5Fcampaign=old"
                            + "&hclid=stale&utm_term=kept", "s", Platform.LINKEDIN),
                   is("https://example.com/p?id=7&utm_term=kept&utm_source=linkedin&utm_medium=employee_advocacy"
                      + "&utm_campaign=s&utm_content=Ab3dE5gH9k&hclid=CLICK"));
    }

    @Test
    void anEmptyQueryOrFragmentStaysWellFormed() {
        assertThat(location("https://example.com/?#", "s", Platform.X),
                   is("https://example.com/?utm_source=x&utm_medium=employee_advocacy&utm_campaign=s"
                      + "&utm_content=Ab3dE5gH9k&hclid=CLICK#"));
        assertThat(location("https://example.com/p?&&a=1&", "s", Platform.X),
                   is("https://example.com/p?a=1&utm_source=x&utm_medium=employee_advocacy&utm_campaign=s"
                      + "&utm_content=Ab3dE5gH9k&hclid=CLICK"));
    }

    @Test
    void aFragmentWithAQuestionMarkIsNotMistakenForTheQuery() {
        assertThat(location("https://example.com/app#/route?tab=2", "s", Platform.X),
                   is("https://example.com/app?utm_source=x&utm_medium=employee_advocacy&utm_campaign=s"
                      + "&utm_content=Ab3dE5gH9k&hclid=CLICK#/route?tab=2"));
    }

    @Test
    void theSlugIsPercentEncoded() {
        assertThat(location("https://example.com/", "été & more", Platform.X),
                   is("https://example.com/?utm_source=x&utm_medium=employee_advocacy"
                      + "&utm_campaign=%C3%A9t%C3%A9%20%26%20more&utm_content=Ab3dE5gH9k&hclid=CLICK"));
    }

    @Test
    void onlyAbsoluteHttpUrlsOfPrintableAsciiAreTargets() {
        assertThat(destination("javascript:alert(1)").isPresent(), is(false));
        assertThat(destination("//example.com/x").isPresent(), is(false));
        assertThat(destination("ftp://example.com/x").isPresent(), is(false));
        assertThat(destination("https:///nohost").isPresent(), is(false));
        assertThat(destination("https://example.com/a\r\nSet-Cookie: x=1").isPresent(), is(false));
        // Content URLs are ASCII without spaces (WebUrls refuses others when an item is saved): never repaired here.
        assertThat(destination("https://bücher.example/").isPresent(), is(false));
        assertThat(destination("http://example.com/a b").isPresent(), is(false));
        assertThat(destination("https://\\evil.example/").isPresent(), is(false));
        assertThat(destination("HTTPS://Example.com/ok").isPresent(), is(true));
    }
}
