package dev.parley.analysis.country;

/**
 * One token of a text as the target detector sees it.
 *
 * @param start      offset of the first char in the text
 * @param end        offset after the last char, without a possessive 's ({@code Russia} in
 *                   {@code Russia's}); dotted abbreviations keep their final dot ({@code U.S.})
 * @param exact      the token as written, for case-sensitive aliases; dotted abbreviations always
 *                   end in a dot here, so {@code U.S} and {@code U.S.} compare equal
 * @param key        {@link #exact} in lower case: what the alias map is keyed by
 * @param possessive true when a possessive 's followed the token (it lies between {@link #end}
 *                   and the next token)
 */
record WordToken(int start, int end, String exact, String key, boolean possessive) {

    /** True when the token has at least one letter and no lower-case letter ("US", "NAVY"). */
    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < exact.length(); i++) {
            char c = exact.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** True when the first char is an upper-case letter. */
    boolean capitalised() {
        return Character.isUpperCase(exact.charAt(0));
    }

    int letterCount() {
        int n = 0;
        for (int i = 0; i < exact.length(); i++) {
            if (Character.isLetter(exact.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
