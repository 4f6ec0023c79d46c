package dev.parley.analysis.training;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The Impermium 2012 insult data: train.csv and the labelled test set split by its Usage column. */
final class ImpermiumData {

    record Example(String text, int label, String usage) {
    }

    private ImpermiumData() {
    }

    static List<Example> read(Path csv) throws IOException {
        List<Example> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(reader)) {
                String usage = r.isMapped("Usage") ? r.get("Usage") : "Train";
                out.add(new Example(clean(r.get("Comment")), Integer.parseInt(r.get("Insult").trim()), usage));
            }
        }
        return out;
    }

    /** The Comment field is wrapped in one more pair of quotes and escaped Python-style. */
    static String clean(String field) {
        String s = field;
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return PythonEscapes.unescape(s);
    }
}
