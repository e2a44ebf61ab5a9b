package io.herald.common.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankIndexTest {

    private static final List<RankDocument> LIBRARY = List.of(
            new RankDocument("en-office", "Our new office in Tampere",
                    "We opened a new office in Tampere with room for 200 engineers.",
                    List.of("Come and visit our new Tampere office at the open house on Friday."),
                    List.of("office", "Tampere")),
            new RankDocument("fi-office", "Uusi toimisto Helsingissä",
                    "Avasimme uuden toimiston Helsinkiin Kalasatamaan.",
                    List.of("Tervetuloa uuteen toimistoomme Helsingissä!"),
                    List.of("toimisto", "Helsinki")),
            new RankDocument("no-office", "Nytt kontor i Oslo",
                    "Vi har åpnet et nytt kontor i Oslo sentrum.",
                    List.of("Kom og besøk det nye kontoret vårt i Oslo!"),
                    List.of("kontor", "Oslo")),
            new RankDocument("pl-office", "Nowe biuro w Łodzi",
                    "Otworzyliśmy nowe biuro w Łodzi dla 150 inżynierów.",
                    List.of("Zapraszamy do naszego nowego biura w Łodzi!"),
                    List.of("biuro", "Łódź")),
            new RankDocument("en-results", "Quarterly results: revenue up 12 percent",
                    "Revenue grew 12 percent and we won 40 new customers across the Nordics.",
                    List.of("Our quarterly results are out. Thank you to every customer and colleague!"),
                    List.of("finance", "results")),
            new RankDocument("fi-hiring", "Rekrytoimme ohjelmistokehittäjiä",
                    "Etsimme kymmentä uutta ohjelmistokehittäjää Tampereelle.",
                    List.of("Haluatko töihin meille? Haemme kehittäjiä Tampereen tiimiin."),
                    List.of("rekrytointi")),
            new RankDocument("no-hiring", "Vi ansetter utviklere",
                    "Vi søker ti nye utviklere til teamet i Bergen.",
                    List.of("Vil du jobbe med oss? Vi ansetter utviklere i Bergen."),
                    List.of("rekruttering")),
            new RankDocument("pl-hiring", "Rekrutacja: programiści do zespołu w Krakowie",
                    "Szukamy programistów do naszego zespołu w Krakowie.",
                    List.of("Dołącz do nas! Szukamy programistek i programistów."),
                    List.of("rekrutacja")),
            new RankDocument("en-ai", "Responsible AI in customer service",
                    "How we keep a human in the loop when customers talk to our assistant.",
                    List.of("Start small, measure what the customer feels."),
                    List.of("AI", "customer service")),
            new RankDocument("en-marketing", "Marketing tips for small teams",
                    "Five lessons from our marketing team.",
                    List.of(),
                    List.of("marketing")),
            new RankDocument("en-market", "Market update",
                    "What moved the Nordic market this month.",
                    List.of(),
                    List.of("market")));

    private static final RankIndex INDEX = RankIndex.build(LIBRARY);

    private static String top(String draft) {
        List<RankHit> hits = INDEX.rank(draft, 3);
        assertTrue(!hits.isEmpty(), () -> "no hit for " + draft);
        return hits.get(0).id();
    }

    @Test
    void findsTheItemADraftIsAboutInEachLanguage() {
        assertEquals("en-office", top("Come and see our brand new office in Tampere!"));
        assertEquals("fi-office", top("Kävin eilen uudessa toimistossamme Helsingissä ja olin vaikuttunut."));
        assertEquals("no-office", top("Endelig på plass på det nye kontoret vårt i Oslo."));
        assertEquals("pl-office", top("Byłam dziś pierwszy raz w naszym nowym biurze w Łodzi."));
        assertEquals("fi-hiring", top("Etsimme lisää kehittäjiä Tampereelle, tule meille töihin!"));
        assertEquals("no-hiring", top("Vi trenger flere utviklere i Bergen, søk nå!"));
        assertEquals("pl-hiring", top("Mój zespół szuka programisty w Krakowie."));
        assertEquals("en-results", top("Proud of our quarterly results, revenue keeps growing."));
    }

    @Test
    void inflectedFormsMatchTheirBaseWord() {
        assertEquals("fi-office", top("toimistossa"));
        assertEquals("pl-office", top("biurze"));
        assertEquals("no-office", top("kontorene"));
        assertEquals("pl-hiring", top("programistką"));
    }

    @Test
    void caseAndDiacriticsDoNotMatter() {
        assertEquals("pl-office", top("lodz"));
        assertEquals("pl-office", top("ŁÓDŹ"));
        assertEquals("fi-office", top("helsingissa"));
        assertEquals("en-office", top("TAMPERE OFFICE"));
    }

    @Test
    void theWholeWordOutranksAWordItIsThePrefixOf() {
        List<RankHit> hits = INDEX.rank("market", 5);
        assertEquals("en-market", hits.get(0).id());
        assertEquals("en-marketing", hits.get(1).id());
        assertTrue(hits.get(0).score() > 2 * hits.get(1).score(), hits::toString);
    }

    @Test
    void aWordInTheTitleCountsMoreThanInACaption() {
        RankIndex index = RankIndex.build(List.of(
                new RankDocument("caption", "Company news", "", List.of("A few words about sauna."), List.of()),
                new RankDocument("title", "Sauna", "", List.of("A few words about company news."), List.of())));
        assertEquals(List.of("title", "caption"), index.rank("sauna", 5).stream().map(RankHit::id).toList());
    }

    @Test
    void itemsSharingNoWordAreLeftOut() {
        assertEquals(List.of(), INDEX.rank("Hyvää viikonloppua kaikille!", 5));
        assertEquals(List.of(), INDEX.rank("", 5));
        assertEquals(List.of(), INDEX.rank("the and of ja og i w na", 5), "function words match nothing");
        assertEquals(List.of(), INDEX.rank("office", 0));
    }

    @Test
    void limitCapsTheHitsAndScoresDescend() {
        List<RankHit> hits = INDEX.rank("new office nytt kontor uusi toimisto nowe biuro", 3);
        assertEquals(3, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits::toString);
        }
    }

    @Test
    void equalItemsKeepLibraryOrderAndScoresHaveFourDecimals() {
        RankDocument first = new RankDocument("first", "Sauna Friday", "", List.of(), List.of());
        RankDocument second = new RankDocument("second", "Sauna Friday", "", List.of(), List.of());
        RankDocument other = new RankDocument("other", "Something else", "", List.of(), List.of());
        List<RankHit> hits = RankIndex.build(List.of(other, first, second)).rank("sauna", 5);
        assertEquals(List.of("first", "second"), hits.stream().map(RankHit::id).toList());
        double score = hits.get(0).score();
        assertEquals(Math.round(score * 10000) / 10000.0, score);
    }

    @Test
    void repeatedQueriesGiveTheSameAnswer() {
        List<RankHit> once = INDEX.rank("Tampere office engineers", 5);
        INDEX.rank("biuro Łódź", 5);
        assertEquals(once, INDEX.rank("Tampere office engineers", 5));
    }

    @Test
    void findsOneItemAmongTenThousand() {
        Random random = new Random(3);
        String[] vocabulary = {"product", "launch", "team", "customer", "cloud", "data", "event", "webinar",
            "tuote", "asiakas", "pilvi", "tapahtuma", "produkt", "kunde", "arrangement", "klient", "wydarzenie",
            "chmura", "dane", "sukces", "growth", "security", "turvallisuus", "sikkerhet", "bezpieczenstwo"};
        List<RankDocument> library = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            library.add(new RankDocument("item-" + i, sentence(random, vocabulary, 6), sentence(random, vocabulary, 20),
                    List.of(sentence(random, vocabulary, 30), sentence(random, vocabulary, 30)),
                    List.of(vocabulary[random.nextInt(vocabulary.length)])));
        }
        library.add(5_000, new RankDocument("planted", "Kvanttitietokone Kajaanissa",
                "Ensimmäinen kvanttitietokoneemme käynnistyi.", List.of(), List.of("kvantti")));
        RankIndex index = RankIndex.build(library);
        assertEquals(10_001, index.size());
        assertEquals("planted", index.rank("Kävin katsomassa kvanttitietokonetta Kajaanissa", 10).get(0).id());
        assertEquals(10, index.rank("customer data security", 10).size());
    }

    @Test
    void aLongDraftIsRankedByItsRarestTerms() {
        List<RankDocument> library = new ArrayList<>();
        StringBuilder everywhere = new StringBuilder();
        for (int word = 0; word < 300; word++) {
            everywhere.append("common").append(Integer.toString(word, 26).replace('0', 'z')).append(' ');
        }
        for (int i = 0; i < 50; i++) {
            library.add(new RankDocument("item-" + i, "Item " + i, everywhere.toString(), List.of(), List.of()));
        }
        library.add(new RankDocument("sauna", "Saunailta", everywhere.toString(), List.of(), List.of("sauna")));
        String draft = everywhere + " Tervetuloa saunailtaan!";
        assertTrue(RankTerms.words(draft).size() > RankIndex.MAX_DRAFT_TERMS);
        assertEquals("sauna", RankIndex.build(library).rank(draft, 3).get(0).id());
    }

    private static String sentence(Random random, String[] vocabulary, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return sentence.toString();
    }
}
