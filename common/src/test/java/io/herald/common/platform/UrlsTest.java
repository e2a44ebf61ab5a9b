package io.herald.common.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlsTest {

    static Stream<Arguments> urlCases() {
        return cases("extract.yml", List.of("urls", "tco_urls_with_params"));
    }

    static Stream<Arguments> urlWithIndicesCases() {
        return cases("extract.yml", List.of("urls_with_indices", "urls_with_directional_markers"));
    }

    static Stream<Arguments> tldCases() {
        return cases("tlds.yml", List.of("country", "generic"));
    }

    private static Stream<Arguments> cases(String file, List<String> sections) {
        List<Arguments> cases = new ArrayList<>();
        for (String section : sections) {
            for (Map<String, Object> testCase : TwitterTextConformance.section(file, section)) {
                cases.add(Arguments.of(section + ": " + testCase.get("description"), testCase.get("text"),
                        testCase.get("expected")));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"urlCases", "tldCases"})
    void findsTheLinksTwitterTextFinds(String description, String text, List<String> expected) {
        assertEquals(expected, Urls.extract(text).stream().map(UrlSpan::url).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urlWithIndicesCases")
    @SuppressWarnings("unchecked")
    void placesTheLinksWhereTwitterTextDoes(String description, String text, List<Map<String, Object>> expected) {
        List<UrlSpan> expectedSpans = expected.stream().map(url -> {
            List<Integer> indices = (List<Integer>) url.get("indices");
            return new UrlSpan(indices.get(0), indices.get(1), (String) url.get("url"));
        }).toList();
        assertEquals(expectedSpans, Urls.extract(text));
    }

    @Test
    void offsetsOfALinkAfterADecomposedLetterAreThoseOfTheOriginalText() {
        // "lisää" typed with combining diaeresis: two UTF-16 units more than its NFC form.
        String text = "Lue lisa\u0308a\u0308: example.com/uutiset";
        assertEquals(List.of(new UrlSpan(13, 32, "example.com/uutiset")), Urls.extract(text));
    }

    @Test
    void aSentenceEndingInALinkLeavesTheFullStopOut() {
        assertEquals(List.of(new UrlSpan(9, 28, "https://herald.fi/a")),
                Urls.extract("Katso: \u2192 https://herald.fi/a."));
    }

    @Test
    void aReservedNameIsNoTopLevelDomain() {
        assertEquals(List.of(), Urls.extract("See https://herald.example/a"));
    }

    @Test
    void manyShortDottedLabelsStillEndInTheRightLinks() {
        // Every offset starts a new try of the expression; the scanner remembers what the label chains hold.
        String text = "a.".repeat(3000) + " herald.fi and " + "x.".repeat(10) + "com";
        List<String> urls = Urls.extract(text).stream().map(UrlSpan::url).toList();
        assertEquals(List.of("herald.fi", "x.".repeat(10) + "com"), urls);
    }

    @Test
    void spansArePairsOfStartAndEndInOrder() {
        String text = "Katso https://herald.fi/a ja example.com/b!";
        assertArrayEquals(new int[] {6, 25, 29, 42}, Urls.spans(Urls.extract(text)));
        assertArrayEquals(new int[0], Urls.spans(List.of()));
    }
}
