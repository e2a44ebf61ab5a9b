package io.herald.common.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    static final List<String> POSTS = List.of(
            "We just opened our new office in Tampere, with room for 200 engineers. Come and see the place at our "
                    + "open house on Friday, there will be coffee, demos of the latest release and a chance to meet "
                    + "the team behind it. https://herald.fi/t/abc123 #hiring",
            "Avasimme juuri uuden toimiston Tampereelle, ja tilaa on 200 insinöörille. Tule katsomaan paikkaa "
                    + "avoimien ovien päivänä perjantaina: tarjolla kahvia, uusimman version esittelyjä ja "
                    + "mahdollisuus tavata tiimi sen takana. https://herald.fi/t/abc123",
            "Vi har nettopp åpnet vårt nye kontor i Tromsø, med plass til 200 ingeniører. Kom og se lokalene på "
                    + "åpent hus på fredag, det blir kaffe, demonstrasjoner av den nyeste versjonen og en sjanse "
                    + "til å møte teamet bak den.",
            "Właśnie otworzyliśmy nowe biuro w Łodzi z miejscem dla 200 inżynierów. Przyjdź zobaczyć je na dniu "
                    + "otwartym w piątek: będzie kawa, pokazy najnowszej wersji i okazja, by poznać zespół, który "
                    + "za nią stoi.",
            "Our quarterly results are out: revenue grew 12 percent and we welcomed 40 new customers across the "
                    + "Nordics. Thank you to everyone who made it happen, and read the full report on our site.",
            "Great panel today on responsible AI in customer service. My takeaway: start small, measure what the "
                    + "customer feels, and keep a human in the loop for anything that matters.");

    @Test
    void aFingerprintIsSixtyFourHexDigits() {
        for (String post : POSTS) {
            assertTrue(Fingerprint.of(post).matches("[0-9a-f]{64}"), post);
        }
        assertEquals("0".repeat(64), Fingerprint.of("https://herald.fi/t/abc 🎉"));
    }

    @Test
    void caseAccentsLinksAndMentionsDoNotChangeTheFingerprint() {
        String post = POSTS.get(1);
        String variant = post.toUpperCase().replace("ä", "a").replace("Ä", "A")
                .replace("https://herald.fi/t/abc123", "https://herald.fi/t/zzz999") + " @Maija";
        assertEquals(Fingerprint.of(post), Fingerprint.of(variant));
    }

    @Test
    void smallEditsStayNear() {
        for (String post : POSTS) {
            String[] words = post.split(" ");
            String oneWordChanged = post.replace(" " + words[8] + " ", " really ");
            String sentenceAdded = "So proud of this! " + post;
            String tailDropped = post.substring(0, post.lastIndexOf(' ', post.length() - 12));
            String twoWordsChanged = post.replace(" " + words[4] + " ", " ").replace(" " + words[12] + " ", " great ");
            for (String edited : List.of(oneWordChanged, sentenceAdded, tailDropped, twoWordsChanged)) {
                int distance = Fingerprint.distance(Fingerprint.of(post), Fingerprint.of(edited));
                assertTrue(Fingerprint.nearDuplicate(Fingerprint.of(post), Fingerprint.of(edited)),
                        () -> distance + " slots between\n" + post + "\n" + edited);
            }
        }
    }

    @Test
    void differentPostsAreFar() {
        for (int i = 0; i < POSTS.size(); i++) {
            for (int j = i + 1; j < POSTS.size(); j++) {
                String a = Fingerprint.of(POSTS.get(i));
                String b = Fingerprint.of(POSTS.get(j));
                int distance = Fingerprint.distance(a, b);
                assertFalse(Fingerprint.nearDuplicate(a, b), () -> distance + " slots: " + a + " " + b);
                assertTrue(distance >= 28, () -> "posts " + a + " and " + b + " only " + distance + " slots apart");
            }
        }
    }

    @Test
    void distanceCountsDifferingSlots() {
        String zeros = "0".repeat(64);
        assertEquals(0, Fingerprint.distance("ab" + "0".repeat(62), "AB" + "0".repeat(62)));
        assertEquals(1, Fingerprint.distance("0f" + "0".repeat(62), zeros));
        assertEquals(2, Fingerprint.distance("1" + "0".repeat(62) + "1", zeros));
        assertEquals(32, Fingerprint.distance("f".repeat(64), zeros));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.distance("0".repeat(16), zeros));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.distance("x".repeat(64), zeros));
    }
}
