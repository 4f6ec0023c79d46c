package dev.parley.analysis.text;

/**
 * What produced a token. Internal: {@link Token} carries only the normalised form, but the kind
 * decides how it is normalised and whether it counts as language evidence.
 */
enum TokenKind {
    /** From OpenNLP's tokenizer (or the fallback splitter): words, numbers, punctuation. */
    WORD,
    // The order below is also the precedence when two special tokens start at the same offset:
    // "@ss" is a disguise before it is a mention.
    URL,
    EMAIL,
    /** A profanity disguise confirmed by {@link ProfanityLexicon}; its norm is the listed word. */
    OBFUSCATED,
    MENTION,
    HASHTAG,
    EMOTICON,
    EMOJI;

    /** Kinds that say nothing about the language the comment is written in. */
    boolean isLanguageNeutral() {
        return this != WORD && this != OBFUSCATED;
    }
}
