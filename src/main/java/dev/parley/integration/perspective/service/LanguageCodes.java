package dev.parley.integration.perspective.service;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 639-3 codes (Parley's language detector) to the ISO 639-1 codes Perspective speaks. */
final class LanguageCodes {

    private static final Map<String, String> TWO_LETTER = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            TWO_LETTER.put(Locale.of(two).getISO3Language(), two);
        }
        // The detector names Mandarin "cmn"; Java knows Chinese as "zho".
        TWO_LETTER.put("cmn", "zh");
    }

    private LanguageCodes() {
    }

    static String twoLetter(String threeLetter) {
        return TWO_LETTER.getOrDefault(threeLetter, threeLetter);
    }
}
