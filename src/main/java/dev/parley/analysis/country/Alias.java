package dev.parley.analysis.country;

import java.util.List;
import java.util.Set;

/**
 * One line of the alias table: a token sequence and the rules for accepting it.
 *
 * @param country       the country, or null for a block (a sequence that is not a reference)
 * @param kind          name, demonym, capital, leader, government, military, prefix,
 *                      abbreviation or block
 * @param keys          lower-case token keys of the alias
 * @param exact         the tokens as written in the table, for {@link #caseSensitive}
 * @param caseSensitive flag {@code cs}
 * @param shout         flag {@code shout}: needs context inside an all-caps sentence
 * @param needs         flag {@code needs=}: the countries any of whose firm mention gives the alias
 *                      its context; empty when the alias needs none
 * @param notBeforeName flag {@code not-before-name}
 * @param unless        flag {@code unless=}: lower-case words that veto the alias
 * @param line          line number in the table, for error messages and stable ordering
 */
record Alias(Country country, String kind, List<String> keys, List<String> exact, boolean caseSensitive,
             boolean shout, Set<Country> needs, boolean notBeforeName, Set<String> unless, int line) {

    static final String BLOCK = "block";
    static final String PREFIX = "prefix";
    static final Set<String> KINDS = Set.of("name", "demonym", "capital", "leader", "government",
            "military", PREFIX, "abbreviation", BLOCK);

    boolean isBlock() {
        return country == null;
    }

    boolean needsContext() {
        return !needs.isEmpty();
    }

    int length() {
        return keys.size();
    }
}
