package dev.parley.analysis.feature;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists the feature code reads (see {@code analysis/lexicons/PROVENANCE.md}): AFINN
 * valences and the Surge AI profanity list with severities. Loaded once; immutable.
 */
public final class Lexicons {

    private static final Lexicons DEFAULT = load();

    private final Map<String, Integer> valence;
    private final Map<String, Double> profanitySeverity;

    private Lexicons(Map<String, Integer> valence, Map<String, Double> profanitySeverity) {
        this.valence = Map.copyOf(valence);
        this.profanitySeverity = Map.copyOf(profanitySeverity);
    }

    public static Lexicons get() {
        return DEFAULT;
    }

    /** AFINN valence of a lower-case word, -5..5, or 0 when unknown. */
    public int valence(String word) {
        return valence.getOrDefault(word, 0);
    }

    /** Surge AI severity (1 mild .. 3 severe) of a lower-case term, or 0 when not profane. */
    public double profanity(String word) {
        return profanitySeverity.getOrDefault(word, 0.0);
    }

    private static Lexicons load() {
        Map<String, Integer> valence = new HashMap<>();
        for (String line : lines("analysis/lexicons/afinn/AFINN-en-165.txt")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                valence.put(line.substring(0, tab).toLowerCase(Locale.ROOT), Integer.parseInt(line.substring(tab + 1).trim()));
            }
        }
        Map<String, Double> profanity = new HashMap<>();
        boolean header = true;
        for (String line : lines("analysis/lexicons/surgeai_profanity/profanity_en.csv")) {
            if (header) {
                header = false;
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length >= 8 && !cols[0].contains(" ")) {
                profanity.merge(cols[0].toLowerCase(Locale.ROOT), Double.parseDouble(cols[7]), Math::max);
            }
        }
        return new Lexicons(valence, profanity);
    }

    private static Iterable<String> lines(String resource) {
        try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
