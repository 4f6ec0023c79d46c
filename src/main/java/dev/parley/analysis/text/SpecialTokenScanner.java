package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tokens OpenNLP's tokenizer would break, before it runs: it was trained on edited
 * English (UD English Web Treebank) and splits {@code <3} into {@code <} {@code 3}, {@code f.u.c.k}
 * at the dots, a {@code s h i t} into letters, and glues an emoticon to the word before it. Each
 * pattern below yields one token; the tokenizer only sees the gaps between them.
 *
 * <p>Overlaps are resolved by position, then by the order of {@link TokenKind} (a URL before an
 * emoticon inside it, an e-mail before the mention inside it). All patterns are simple enough to run
 * in linear time over a 100k-char comment.
 */
final class SpecialTokenScanner {

    /** A protected token in plain-text coordinates; {@code norm} is preset for disguises. */
    record Special(int start, int end, TokenKind kind, String norm) {
    }

    // Repetitions of groups are bounded ({0,4}) or avoided: Java's regex engine recurses once per
    // repetition of a group, so an unbounded group loop over "a.a.a.a…" overflows the stack on long input.
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"]+");
    /**
     * Bare domains: lower case only and a short list of top-level domains, because a missing space
     * after a full stop ("Russia.It was…", "in Japan.No") must not become a URL.
     */
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._/-])[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63}){0,4}"
                    + "\\.(?:com|org|net|edu|gov|mil|io|info|ly|gl|tv|uk|ru|jp|cn|de|fr|ca|au|eu)"
                    + "(?:/[^\\s<>\"]*)?(?![\\p{L}\\p{N}])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,253}\\.\\p{L}{2,24}(?![\\p{L}\\p{N}])");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#])#[\\p{L}_][\\p{L}\\p{N}_]*");
    /**
     * Emoticons. Letter mouths ({@code :D :P :o :3}) must not follow a letter or digit ("Re:Done",
     * "10:30"); symbol mouths may ("great:)"). Nothing alphanumeric may follow.
     */
    private static final Pattern EMOTICON = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}:/])>?[:;=][-'^]?[DPpOo3]"
                    + "|(?<![\\p{N}:/<>])>?[:;=][-'^]?[)(\\]\\[/\\\\|*$@]+"
                    + "|(?<![\\p{L}\\p{N}<])</?3+"
                    + "|(?<![\\p{L}\\p{N}])(?:\\^[_.-]?\\^|[-oOTt>;]_[-oOTt<;]|o\\.O|O\\.o|-\\.-|>\\.<|[xX]D+)"
                    + ")(?![\\p{L}\\p{N}])");
    /** Quick filter for {@link #BARE_DOMAIN}: the same top-level domains. */
    private static final List<String> TLDS = List.of(".com", ".org", ".net", ".edu", ".gov", ".mil", ".io",
            ".info", ".ly", ".gl", ".tv", ".uk", ".ru", ".jp", ".cn", ".de", ".fr", ".ca", ".au", ".eu");
    /** Chars a disguise may contain besides letters (see {@link ProfanityLexicon#substitute}). */
    private static final String DISGUISE_CHARS = "*#%&?@$!|0134579\u00A9\u20AC._-";

    private final ProfanityLexicon lexicon;

    SpecialTokenScanner(ProfanityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Special> scan(String s) {
        // Each pattern runs only when its trigger chars occur: most comments have no URL, mention or
        // emoticon, and a regex pass with look-behind costs about as much as the ME tokenizer.
        List<Special> found = new ArrayList<>();
        if (s.contains("://") || s.contains("www.") || s.contains("WWW.") || s.contains("Www.")) {
            collect(URL.matcher(s), TokenKind.URL, found, true);
        }
        if (s.indexOf('.') >= 0 && hasCommonTld(s)) {
            collect(BARE_DOMAIN.matcher(s), TokenKind.URL, found, true);
        }
        if (s.indexOf('@') >= 0) {
            collect(EMAIL.matcher(s), TokenKind.EMAIL, found, false);
            collect(MENTION.matcher(s), TokenKind.MENTION, found, true);
        }
        disguises(s, found);
        if (s.indexOf('#') >= 0) {
            collect(HASHTAG.matcher(s), TokenKind.HASHTAG, found, false);
        }
        if (mayHaveEmoticon(s)) {
            collect(EMOTICON.matcher(s), TokenKind.EMOTICON, found, false);
        }
        emoji(s, found);
        found.sort(Comparator.comparingInt(Special::start).thenComparing(Special::kind)
                .thenComparing(Comparator.comparingInt(Special::end).reversed()));
        List<Special> out = new ArrayList<>(found.size());
        int end = 0;
        for (Special sp : found) {
            if (sp.start() >= end) {
                out.add(sp);
                end = sp.end();
            }
        }
        return out;
    }

    private static boolean hasCommonTld(String s) {
        for (String tld : TLDS) {
            if (s.contains(tld)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHaveEmoticon(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == ';' || c == '=' || c == '<' || c == '^' || c == '_') {
                return true;
            }
        }
        return s.contains("xD") || s.contains("XD") || s.contains("o.O") || s.contains("O.o")
                || s.contains("-.-") || s.contains(">.<");
    }

    private static void collect(Matcher m, TokenKind kind, List<Special> out, boolean trimTrailing) {
        while (m.find()) {
            int end = trimTrailing ? trimUrlEnd(m.group(), m.start()) : m.end();
            if (end > m.start() + 1) {
                out.add(new Special(m.start(), end, kind, null));
            }
        }
    }

    /**
     * Sentence punctuation right after a URL or mention belongs to the sentence ("see x.com/a.");
     * a closing bracket belongs to the URL only if the URL opened one (Wikipedia links).
     */
    private static int trimUrlEnd(String match, int start) {
        int open = 0;
        int close = 0;
        for (int i = 0; i < match.length(); i++) {
            char c = match.charAt(i);
            open += c == '(' ? 1 : 0;
            close += c == ')' ? 1 : 0;
        }
        int end = match.length();
        while (end > 0) {
            char c = match.charAt(end - 1);
            if (".,;:!?'\"-".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && open < close) {
                end--;
                close--;
            } else {
                break;
            }
        }
        return start + end;
    }

    /**
     * Disguised profanity: a whitespace-delimited chunk, without the brackets, quotes and sentence
     * punctuation around it ({@code "sh!t!"} → {@code sh!t}; a trailing {@code ?} would otherwise be read
     * as a wildcard letter), that {@link ProfanityLexicon#resolve} confirms; then the spaced-out
     * spellings. Chunks longer than 32 chars are never words.
     */
    private void disguises(String s, List<Special> out) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && PlainText.isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !PlainText.isSpace(s.charAt(i))) {
                i++;
            }
            if (i - start >= 3 && i - start <= 48) {
                disguise(s, start, i, out);
            }
        }
        spaced(s, out);
    }

    /**
     * Single letters separated by single spaces ({@code s h i t}), as one token when the whole run
     * (not a part of it) is a listed word: the only safe way to join letters, as ordinary text has
     * single-letter words ("a", "I", and in other languages many more).
     */
    private void spaced(String s, List<Special> out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isSingleLetterAt(s, i)) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (end + 1 < n && s.charAt(end) == ' ' && isSingleLetterAt(s, end + 1)) {
                end += 2;
            }
            int letters = (end - start + 1) / 2;
            if (letters >= 3 && letters <= 32) {
                StringBuilder joined = new StringBuilder(letters);
                for (int k = start; k < end; k += 2) {
                    joined.append(Character.toLowerCase(s.charAt(k)));
                }
                String w = joined.toString();
                String word = lexicon.contains(w) ? w : lexicon.collapseElongation(w);
                int from = start;
                if (word == null && (w.charAt(0) == 'a' || w.charAt(0) == 'i') && letters >= 4) {
                    // A leading "a" or "I" is usually a word of its own: "you are a s h i t".
                    word = lexicon.contains(w.substring(1)) ? w.substring(1) : null;
                    from = start + 2;
                }
                if (word != null) {
                    out.add(new Special(from, end, TokenKind.OBFUSCATED, word));
                }
            }
            i = end;
        }
    }

    /** A letter with no letter or digit directly before or after it. */
    private static boolean isSingleLetterAt(String s, int i) {
        return Character.isLetter(s.charAt(i))
                && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                && (i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
    }

    private void disguise(String s, int start, int end, List<Special> out) {
        while (start < end && "\"'([{<\u201C\u2018\u00AB".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "\"')]}>\u201D\u2019\u00BB,;:.!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < 3 || end - start > 32) {
            return;
        }
        String core = s.substring(start, end);
        if (looksDisguised(core)) {
            String word = lexicon.resolve(core.toLowerCase(Locale.ROOT));
            if (word != null) {
                out.add(new Special(start, end, TokenKind.OBFUSCATED, word));
            }
        }
    }

    /** At least one letter and one disguise char, and nothing else. */
    private static boolean looksDisguised(String core) {
        boolean letter = false;
        boolean disguise = false;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (DISGUISE_CHARS.indexOf(c) >= 0) {
                disguise = true;
            } else {
                return false;
            }
        }
        return letter && disguise;
    }

    /**
     * Emoji as single tokens, whole sequences included: a pictograph with its variation selector,
     * skin-tone modifier, keycap, tag sequence, or ZWJ-joined parts (👩‍👩‍👧 is one token), and
     * regional-indicator pairs (flags).
     */
    private static void emoji(String s, List<Special> out) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean keycap = (cp == '#' || cp == '*' || (cp >= '0' && cp <= '9')) && isKeycapAt(s, next);
            if (Character.isExtendedPictographic(cp) && cp > 0xFF || keycap) {
                int end = extend(s, next);
                out.add(new Special(i, end, TokenKind.EMOJI, null));
                i = end;
            } else if (isRegionalIndicator(cp) && next < n && isRegionalIndicator(s.codePointAt(next))) {
                int end = next + Character.charCount(s.codePointAt(next));
                out.add(new Special(i, end, TokenKind.EMOJI, null));
                i = end;
            } else {
                i = next;
            }
        }
    }

    private static int extend(String s, int i) {
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                    || (cp >= 0xE0020 && cp <= 0xE007F)) {
                i = next;
            } else if (cp == 0x200D && next < n && Character.isExtendedPictographic(s.codePointAt(next))) {
                i = next + Character.charCount(s.codePointAt(next));
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isKeycapAt(String s, int i) {
        if (i < s.length() && s.charAt(i) == '\uFE0F') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '\u20E3';
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
