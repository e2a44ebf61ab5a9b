package io.herald.extension.bench;

import java.util.List;
import java.util.Random;

/**
 * Words of the four languages the engine is tuned for, as company posts use them (inflected forms included, since
 * Finnish and Polish drafts are full of them), picked with a skew so a few words are common and most are rare, as in
 * real text.
 */
final class Vocabulary {

    static final List<String> LANGUAGES = List.of("en", "fi", "nb", "pl");

    private static final List<String> EN = List.of(
            "the", "we", "our", "team", "new", "launch", "customers", "product", "today", "proud", "share", "great",
            "work", "people", "cloud", "platform", "data", "security", "energy", "future", "year", "results",
            "growth", "partners", "service", "office", "open", "hiring", "engineers", "design", "release", "update",
            "community", "event", "conference", "talk", "learn", "together", "journey", "sustainable", "impact",
            "report", "quarter", "record", "innovation", "research", "award", "winning", "students", "summer",
            "trainee", "programme", "applications", "deadline", "welcome", "colleagues", "Helsinki", "Oslo",
            "Warsaw", "Nordic", "market", "expansion", "battery", "factory", "hydrogen", "logistics", "software",
            "developers", "analytics", "privacy", "accessible", "inclusive", "leadership", "culture", "mentoring",
            "volunteers", "charity", "marathon", "coffee", "lunch", "kickoff", "milestone", "anniversary", "careers");
    private static final List<String> FI = List.of(
            "me", "meidän", "tiimi", "tiimimme", "uusi", "uuden", "julkaisu", "julkaisimme", "asiakkaat",
            "asiakkaillemme", "tuote", "tuotteen", "tänään", "ylpeitä", "jakaa", "hieno", "työ", "työtä", "ihmiset",
            "pilvi", "alusta", "alustalla", "data", "tietoturva", "energia", "tulevaisuus", "vuosi", "vuoden",
            "tulokset", "kasvu", "kumppanit", "kumppaneiden", "palvelu", "palvelun", "toimisto", "toimistolla",
            "rekrytoimme", "insinöörejä", "suunnittelu", "päivitys", "yhteisö", "tapahtuma", "konferenssi",
            "puhe", "oppia", "yhdessä", "matka", "kestävä", "kestävää", "vaikutus", "raportti", "neljännes",
            "ennätys", "innovaatio", "tutkimus", "palkinto", "opiskelijat", "kesä", "kesätyö", "harjoittelija",
            "ohjelma", "hakemukset", "määräaika", "tervetuloa", "kollegat", "Helsingissä", "Tampereella",
            "Oulussa", "markkina", "laajentuminen", "akku", "akkutehdas", "tehdas", "vety", "logistiikka",
            "ohjelmisto", "kehittäjät", "analytiikka", "yksityisyys", "saavutettava", "johtaminen", "kulttuuri",
            "mentorointi", "vapaaehtoiset", "hyväntekeväisyys", "kahvi", "lounas", "virstanpylväs", "ura");
    private static final List<String> NB = List.of(
            "vi", "vårt", "våre", "teamet", "ny", "nye", "lansering", "lanserer", "kunder", "kundene", "produkt",
            "produktet", "i dag", "stolte", "dele", "flott", "arbeid", "folk", "sky", "plattform", "plattformen",
            "data", "sikkerhet", "energi", "fremtiden", "året", "resultater", "vekst", "partnere", "tjeneste",
            "tjenesten", "kontor", "kontoret", "ansetter", "ingeniører", "design", "oppdatering", "fellesskap",
            "arrangement", "konferanse", "foredrag", "lære", "sammen", "reise", "bærekraftig", "påvirkning",
            "rapport", "kvartal", "rekord", "innovasjon", "forskning", "pris", "studenter", "sommer",
            "sommerjobb", "trainee", "program", "søknader", "frist", "velkommen", "kolleger", "Oslo", "Bergen",
            "Trondheim", "marked", "utvidelse", "batteri", "fabrikk", "hydrogen", "logistikk", "programvare",
            "utviklere", "analyse", "personvern", "tilgjengelig", "inkluderende", "ledelse", "kultur",
            "mentorordning", "frivillige", "veldedighet", "kaffe", "lunsj", "milepæl", "jubileum", "karriere");
    private static final List<String> PL = List.of(
            "my", "nasz", "nasza", "naszego", "zespół", "zespołu", "nowy", "nowej", "premiera", "wprowadzamy",
            "klienci", "klientów", "produkt", "produktu", "dzisiaj", "dumni", "dzielimy", "świetna", "praca",
            "pracy", "ludzie", "chmura", "platforma", "platformie", "dane", "bezpieczeństwo", "energia",
            "przyszłość", "rok", "roku", "wyniki", "wzrost", "partnerzy", "partnerów", "usługa", "usługi", "biuro",
            "biurze", "zatrudniamy", "inżynierów", "projektowanie", "aktualizacja", "społeczność", "wydarzenie",
            "konferencja", "wystąpienie", "uczyć", "razem", "podróż", "zrównoważony", "wpływ", "raport", "kwartał",
            "rekord", "innowacja", "badania", "nagroda", "studenci", "lato", "staż", "stażysta", "program",
            "zgłoszenia", "termin", "witamy", "koledzy", "Warszawie", "Krakowie", "Wrocławiu", "rynek",
            "ekspansja", "bateria", "fabryka", "wodór", "logistyka", "oprogramowanie", "programiści", "analityka",
            "prywatność", "dostępny", "przywództwo", "kultura", "mentoring", "wolontariusze", "kawa", "lunch",
            "kamień milowy", "rocznica", "kariera");

    static final List<String> TOPICS = List.of(
            "careers", "energy", "sustainability", "product", "events", "research", "culture", "partners",
            "security", "results", "students", "community", "software", "logistics", "awards");

    static final List<String> EMOJI = List.of("🚀", "🎉", "💡", "🌍", "👏", "🔋", "☕", "🇫🇮", "🇳🇴", "🇵🇱", "👩🏽‍💻");

    private Vocabulary() {
    }

    static List<String> words(String language) {
        return switch (language) {
            case "fi" -> FI;
            case "nb" -> NB;
            case "pl" -> PL;
            default -> EN;
        };
    }

    /** A word, the first ones of the list far more often than the last (a rough Zipf skew). */
    static String word(Random random, String language) {
        List<String> words = words(language);
        double u = random.nextDouble();
        return words.get((int) (words.size() * u * u));
    }

    /** {@code count} words separated by spaces. */
    static String words(Random random, String language, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(word(random, language));
        }
        return text.toString();
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
