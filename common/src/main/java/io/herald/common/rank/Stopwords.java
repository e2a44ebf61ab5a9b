package io.herald.common.rank;

import io.herald.common.text.WordList;
import io.herald.common.text.WordMap;

/**
 * The commonest function words of English, Finnish, Norwegian and Polish, folded. They say nothing about what an item
 * is about, and in a small library BM25's document frequencies are too few to discount them. Words that are function
 * words in one language but content in another ("men" is Norwegian for "but") are left out.
 */
final class Stopwords {

    private static final WordMap<Boolean> WORDS = new WordMap<>();

    static {
        String english = "a an and are as at be been but by can do for from has have he her his how if in is it its "
                + "just me my not of on or our out so that the their them they this to up us was we were what when "
                + "will with you your";
        String finnish = "ei eika ella etta han he ja jo joka jos jotka kaikki kuin kun me mika mina mita mutta myos "
                + "ne niin nyt oli olla olemme olen on ovat se seka sen siita sina tai tama te tuo vain";
        String norwegian = "av da de deg den der det du eller en er et for fra har hun hva hvor i ikke jeg kan med "
                + "meg na og om pa sa seg skal som til var vi vil";
        String polish = "co czy dla do i ich jak jego jest juz na nie o od oraz po przez sa sie ta tak to w we z za "
                + "ze";
        for (String list : new String[] {english, finnish, norwegian, polish}) {
            int start = 0;
            for (int i = 0; i <= list.length(); i++) {
                if (i == list.length() || list.charAt(i) == ' ') {
                    WORDS.put(list.substring(start, i), Boolean.TRUE);
                    start = i + 1;
                }
            }
        }
    }

    private Stopwords() {
    }

    /** Whether word {@code i} of {@code words} is a function word, looked up without making a string of it. */
    static boolean contains(WordList words, int i) {
        return WORDS.containsKey(words, i);
    }
}
