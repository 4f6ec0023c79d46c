package dev.parley.analysis.country;

/**
 * A reference to a country in a text.
 *
 * @param country the country referred to
 * @param start   offset of the first char in the text
 * @param end     offset after the last char
 * @param surface the text as written
 * @param kind    what kind of alias matched: name, demonym, capital, leader, government, military,
 *                prefix (Sino-, Russo-) or abbreviation
 */
public record TargetMention(Country country, int start, int end, String surface, String kind) {
}
