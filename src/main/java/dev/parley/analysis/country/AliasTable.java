package dev.parley.analysis.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed alias TSV, indexed by the key of each alias's first token so the detector does one
 * map lookup per text token. Candidates for a first token are ordered longest first (then by
 * line), which is what makes "longest alias wins" a matter of taking the first that fits.
 * Immutable once built. The format is documented in the header of
 * {@code analysis/country-aliases.tsv}; malformed lines fail loudly with their line number,
 * because a silently skipped alias is a silent recall loss.
 */
final class AliasTable {

    private static final Pattern VERSION = Pattern.compile("^#\\s*version:\\s*(\\S+)\\s*$");

    private final String version;
    private final Map<String, List<Alias>> byFirstKey;
    private final int size;

    private AliasTable(String version, Map<String, List<Alias>> byFirstKey, int size) {
        this.version = version;
        this.byFirstKey = byFirstKey;
        this.size = size;
    }

    String version() {
        return version;
    }

    int size() {
        return size;
    }

    List<Alias> candidates(String firstKey) {
        return byFirstKey.getOrDefault(firstKey, List.of());
    }

    static AliasTable parse(Reader source) {
        String version = null;
        Map<String, List<Alias>> index = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int count = 0;
        try (BufferedReader in = new BufferedReader(source)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    Matcher v = VERSION.matcher(line);
                    if (v.matches()) {
                        version = v.group(1);
                    }
                    continue;
                }
                Alias alias = parseLine(line, lineNo);
                String identity = String.join(" ", alias.caseSensitive() ? alias.exact() : alias.keys());
                if (!seen.add(identity)) {
                    throw error(lineNo, "duplicate alias '" + identity + "'");
                }
                index.computeIfAbsent(alias.keys().getFirst(), k -> new ArrayList<>()).add(alias);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the alias table", e);
        }
        if (version == null) {
            throw new IllegalArgumentException("Alias table has no '# version: N' line");
        }
        Comparator<Alias> order = Comparator.comparingInt(Alias::length).reversed()
                .thenComparingInt(Alias::line);
        Map<String, List<Alias>> frozen = new HashMap<>();
        index.forEach((key, list) -> frozen.put(key, list.stream().sorted(order).toList()));
        return new AliasTable(version, Map.copyOf(frozen), count);
    }

    private static Alias parseLine(String line, int lineNo) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 3 || cols.length > 4) {
            throw error(lineNo, "expected 3 or 4 tab-separated columns, got " + cols.length);
        }
        String kind = cols[1].trim();
        if (!Alias.KINDS.contains(kind)) {
            throw error(lineNo, "unknown kind '" + kind + "'");
        }
        Country country = null;
        if (!cols[0].trim().equals("-")) {
            try {
                country = Country.fromCode(cols[0].trim());
            } catch (IllegalArgumentException e) {
                throw error(lineNo, e.getMessage());
            }
        }
        if ((country == null) != kind.equals(Alias.BLOCK)) {
            throw error(lineNo, "country '-' goes with kind 'block' and only with it");
        }
        List<WordToken> tokens = TargetTokenizer.tokenize(cols[2].trim());
        if (tokens.isEmpty()) {
            throw error(lineNo, "empty alias");
        }
        boolean cs = false;
        boolean shout = false;
        boolean notBeforeName = false;
        Set<Country> needs = Set.of();
        Set<String> unless = Set.of();
        String flags = cols.length == 4 ? cols[3].trim() : "";
        for (String flag : flags.isEmpty() ? new String[0] : flags.split(",")) {
            flag = flag.trim();
            if (flag.equals("cs")) {
                cs = true;
            } else if (flag.equals("shout")) {
                shout = true;
            } else if (flag.equals("not-before-name")) {
                notBeforeName = true;
            } else if (flag.startsWith("needs=")) {
                needs = countries(flag.substring("needs=".length()), lineNo);
            } else if (flag.startsWith("unless=")) {
                unless = Set.of(flag.substring("unless=".length()).toLowerCase(Locale.ROOT).split("\\|"));
            } else {
                throw error(lineNo, "unknown flag '" + flag + "'");
            }
        }
        return new Alias(country, kind, tokens.stream().map(WordToken::key).toList(),
                tokens.stream().map(WordToken::exact).toList(), cs, shout, needs, notBeforeName, unless, lineNo);
    }

    private static Set<Country> countries(String codes, int lineNo) {
        Set<Country> set = EnumSet.noneOf(Country.class);
        for (String code : codes.split("\\|")) {
            try {
                set.add(Country.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw error(lineNo, e.getMessage());
            }
        }
        return Set.copyOf(set);
    }

    private static IllegalArgumentException error(int lineNo, String message) {
        return new IllegalArgumentException("Alias table line " + lineNo + ": " + message);
    }
}
