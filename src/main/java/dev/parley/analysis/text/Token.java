package dev.parley.analysis.text;

/**
 * One token of a comment.
 *
 * @param start   offset of the first char in the original text
 * @param end     offset after the last char in the original text
 * @param surface the text as written ({@code text.substring(start, end)})
 * @param norm    the normalised form features use: lower case, HTML entities decoded,
 *                obfuscation undone ({@code f*ck} → {@code fuck}, {@code sh1t} → {@code shit}),
 *                letter runs squeezed ({@code stuuupid} → {@code stuupid}); {@code <url>},
 *                {@code <mention>} and {@code <num>} stand for URLs, @mentions and numbers
 * @param quoted  true when the token lies in text the author quotes, not the author's own words
 */
public record Token(int start, int end, String surface, String norm, boolean quoted) {
}
