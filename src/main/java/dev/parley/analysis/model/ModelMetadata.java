package dev.parley.analysis.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Provenance carried inside every model file: what the model is, the exact feature recipe it
 * was trained with, the data (with hashes), the settings, the libraries, and its held-out
 * metrics as the trainer measured them.
 */
public record ModelMetadata(
        String name,
        String version,
        String featureSpec,
        List<String> classes,
        String trainedAt,
        List<DataFile> data,
        Map<String, String> hyperparameters,
        Map<String, String> libraries,
        JsonNode metrics) {

    /** A training or evaluation file and the SHA-256 of its bytes. */
    public record DataFile(String path, String sha256, String role) {
    }

    /** The model version stored with every analysis result, e.g. {@code insult@2026-11-23.1}. */
    public String id() {
        return name + "@" + version;
    }
}
