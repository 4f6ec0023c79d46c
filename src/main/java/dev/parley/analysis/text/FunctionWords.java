package dev.parley.analysis.text;

import java.util.Set;

/**
 * Function-word evidence for short or ambiguous texts, where OpenNLP's character n-gram detector has
 * too little to go on. Function words are the most frequent words of a language and a closed class,
 * so a handful of them identifies a language in a way that one-line comments still show.
 *
 * <p>English words come in two strengths. {@link #STRONG} words are not also common words of the
 * Latin-script languages seen in comment data (Spanish, French, Italian, Portuguese, German, Dutch,
 * Scandinavian, Polish, Czech, Turkish, Indonesian, Romanian), and neither is a capital "I" standing
 * alone. {@link #WEAK} words are English too but also words elsewhere ({@code no}, {@code me} and
 * {@code a} are Spanish, {@code in} German, {@code is} Dutch, {@code to} Polish…), so they count half.
 * {@link #FOREIGN} lists frequent function words of those other languages that are not English words
 * ({@code per}, {@code van}, {@code die}, {@code was}, {@code dat}, {@code yo}, {@code af} are left out
 * for that reason); they count against English.
 */
final class FunctionWords {

    static final Set<String> STRONG = Set.of(
            "the", "and", "you", "your", "yours", "you're", "you've", "you'll", "you'd", "ur", "this",
            "that", "these", "those", "what", "which", "who", "whom", "whose", "why", "how", "when",
            "where", "with", "without", "have", "has", "had", "not", "they", "them", "their", "theirs",
            "they're", "there", "here", "she", "his", "him", "it", "its", "it's", "our", "ours", "us",
            "would", "should", "could", "can", "can't", "cannot", "couldn't", "wouldn't", "shouldn't",
            "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "haven't",
            "hasn't", "hadn't", "i'm", "i've", "i'll", "i'd", "he's", "she's", "that's", "there's",
            "what's", "let's", "we're", "we've", "dont", "cant", "doesnt", "didnt", "isnt", "arent",
            "wasnt", "havent", "youre", "been", "being", "were", "are", "does", "did", "from", "about",
            "into", "than", "then", "because", "though", "although", "if", "but", "very", "some", "any",
            "every", "each", "other", "more", "only", "own", "same", "too", "again", "out", "up",
            "after", "before", "while", "until", "upon", "against", "between", "through", "during",
            "himself", "herself", "itself", "themselves", "myself", "yourself", "everyone", "someone",
            "anyone", "nothing", "something", "anything", "everything", "nobody", "whether", "however",
            "yet", "shall", "might", "as", "like", "one", "just");

    static final Set<String> WEAK = Set.of(
            "a", "i", "in", "is", "of", "to", "for", "on", "at", "by", "be", "do", "no", "me", "my",
            "we", "he", "an", "am", "so", "was", "will", "or", "all", "also", "over", "under", "most",
            "must");

    static final Set<String> FOREIGN = Set.of(
            // Spanish
            "el", "los", "las", "una", "que", "por", "con", "para", "del", "muy", "pero", "como", "mi",
            "te", "es", "lo", "se", "su", "nada", "esta", "este", "eso", "esto", "tu", "qué", "más",
            "sí", "también", "porque", "estoy", "tengo", "soy",
            // French
            "le", "les", "des", "une", "est", "pas", "je", "il", "et", "du", "c'est", "qui", "sur",
            "avec", "mais", "vous", "nous", "très", "ça", "au", "aux", "ce", "cette", "suis", "sont",
            "j'ai", "ils", "elle", "toi", "moi",
            // German
            "der", "das", "und", "ist", "nicht", "ich", "ein", "eine", "mit", "sie", "wir", "auf",
            "zu", "dem", "auch", "sehr", "noch", "aber", "für", "sind", "wie", "doch", "oder", "dass",
            // Italian
            "che", "non", "di", "è", "sono", "gli", "hai", "sei", "della", "questo", "questa", "anche",
            "molto", "perché", "io", "ci", "ti", "nel", "alla",
            // Portuguese
            "não", "é", "uma", "você", "eu", "muito", "mas", "isso", "esse", "essa", "ele", "ela",
            "voce", "nao",
            // Dutch
            "het", "een", "niet", "ik", "zijn", "wat", "maar", "ook", "heb", "jij", "wel",
            "geen", "dit", "deze", "hij", "wij", "zij", "jullie", "mijn",
            // Swedish, Danish, Norwegian
            "och", "det", "är", "inte", "jag", "att", "som", "på", "har", "ett", "ikke", "jeg", "og",
            "av", "en",
            // Polish, Czech, Slovak
            "jest", "nie", "się", "że", "jak", "ja", "tak", "že", "sa",
            // Turkish, Indonesian/Malay, Romanian
            "bir", "bu", "ve", "çok", "değil", "yang", "ini", "itu", "tidak", "saya", "ga", "apa",
            "aku", "și", "nu", "să", "mai");

    private FunctionWords() {
    }
}
