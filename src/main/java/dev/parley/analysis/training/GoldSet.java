package dev.parley.analysis.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parley's own annotated set ({@code training/data/stance/stance_gold.jsonl}). */
final class GoldSet {

    record Item(String id, String text, List<String> quoted, String split, JsonNode labels) {
        int insult() {
            return labels.get("insult").asInt();
        }

        String stance(String country) {
            return labels.get(country).asText();
        }
    }

    private GoldSet() {
    }

    static List<Item> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            List<String> quoted = new ArrayList<>();
            row.path("quoted").forEach(q -> quoted.add(q.asText()));
            out.add(new Item(row.get("id").asText(), row.get("text").asText(), quoted, row.get("split").asText(), row));
        }
        return out;
    }
}
