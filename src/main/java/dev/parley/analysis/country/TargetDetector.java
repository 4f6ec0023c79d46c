package dev.parley.analysis.country;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds references to Russia, Japan, China and the US in a comment, per
 * {@code docs/stance-labeling-guide.md}, with exact character spans.
 *
 * <p>How: the text is tokenised once ({@link TargetTokenizer}); at each token the aliases whose
 * first token has that key are tried longest first ({@link AliasTable}), and the first one whose
 * tokens, case and context rules fit wins and consumes its tokens. Blocks ("South America",
 * "fine china") win the same way and emit nothing, which is how a shorter alias inside them is
 * suppressed. Aliases that need a country context ("Abe", "CPC") are kept aside and accepted at
 * the end if the text has a firm mention of one of their context countries, or a title or
 * government noun next to them. The cost is one regex pass plus one map lookup per token,
 * whatever the size of the table.
 *
 * <p>A mention's span covers the alias as written, never a trailing possessive 's (one inside a
 * multi-token alias stays: "People's Republic of China"); {@code surface} is
 * {@code text.substring(start, end)}. Instances are immutable and safe to share across threads.
 */
public final class TargetDetector {

    /** Classpath location of the default alias table. */
    public static final String DEFAULT_RESOURCE = "/analysis/country-aliases.tsv";

    private final AliasTable table;

    /** Loads the default alias table from the classpath. */
    public TargetDetector() {
        this(loadDefault());
    }

    private TargetDetector(AliasTable table) {
        this.table = table;
    }

    /** Builds a detector from an alias table in the TSV format of the default resource. */
    public static TargetDetector fromTsv(Reader tsv) {
        return new TargetDetector(AliasTable.parse(tsv));
    }

    /** The {@code # version:} of the alias table, to record which aliases produced a result. */
    public String aliasesVersion() {
        return table.version();
    }

    /** Every reference in {@code text}, in text order. */
    public List<TargetMention> detect(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TextContext ctx = new TextContext(text, TargetTokenizer.tokenize(text));
        List<WordToken> tokens = ctx.tokens();
        List<Match> matches = new ArrayList<>();
        Set<Country> firm = EnumSet.noneOf(Country.class);
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestAt(ctx, i);
            if (m == null) {
                i++;
                continue;
            }
            if (!m.alias().isBlock()) {
                matches.add(m);
                if (!m.alias().needsContext()) {
                    firm.add(m.alias().country());
                }
            }
            i = m.last() + 1;
        }
        List<TargetMention> mentions = new ArrayList<>(matches.size());
        for (Match m : matches) {
            Alias a = m.alias();
            if (a.needsContext() && !m.titled() && a.needs().stream().noneMatch(firm::contains)) {
                continue; // ambiguous alias without its country's context: "Abe Lincoln said…"
            }
            int start = tokens.get(m.first()).start();
            int end = tokens.get(m.last()).end();
            mentions.add(new TargetMention(a.country(), start, end, text.substring(start, end), a.kind()));
        }
        return List.copyOf(mentions);
    }

    /** The longest alias (or block) starting at token {@code i} whose rules all hold, or null. */
    private Match longestAt(TextContext ctx, int i) {
        List<WordToken> tokens = ctx.tokens();
        for (Alias a : table.candidates(tokens.get(i).key())) {
            int last = i + a.length() - 1;
            if (last >= tokens.size() || !tokensMatch(ctx, a, i)) {
                continue;
            }
            if (a.kind().equals(Alias.PREFIX) && !ctx.hyphenAfter(last)) {
                continue; // "Russo" the surname; only "Russo-" is the prefix
            }
            if (ctx.containsAny(a.unless())) {
                continue;
            }
            if (a.shout() && !ctx.usAccepted(i)) {
                continue;
            }
            if (a.notBeforeName() && ctx.beforeName(last)) {
                continue;
            }
            return new Match(a, i, last, a.needsContext() && ctx.titled(i, last));
        }
        return null;
    }

    private static boolean tokensMatch(TextContext ctx, Alias a, int first) {
        List<WordToken> tokens = ctx.tokens();
        for (int k = 0; k < a.length(); k++) {
            WordToken t = tokens.get(first + k);
            if (!t.key().equals(a.keys().get(k))) {
                return false;
            }
            if (a.caseSensitive() && !sameCase(t.exact(), a.exact().get(k), k == 0)) {
                return false;
            }
            if (k > 0 && !ctx.aliasGap(first + k - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Case-sensitive comparison of equal-key tokens; a lower-case first alias token may be
     * capitalised in the text (sentence start: "Fine china", "The States").
     */
    private static boolean sameCase(String written, String alias, boolean first) {
        if (written.equals(alias)) {
            return true;
        }
        return first && Character.isLowerCase(alias.charAt(0)) && Character.isUpperCase(written.charAt(0))
                && written.substring(1).equals(alias.substring(1));
    }

    private static AliasTable loadDefault() {
        InputStream in = TargetDetector.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Alias table not on the classpath: " + DEFAULT_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return AliasTable.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A candidate match over tokens first..last; titled = a title or government noun is next to it. */
    private record Match(Alias alias, int first, int last, boolean titled) {
    }
}
