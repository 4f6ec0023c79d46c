package dev.parley.analysis.training;

import dev.parley.analysis.model.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Hashes of training files and versions of the libraries a model was trained with. */
final class Provenance {

    private Provenance() {
    }

    static ModelMetadata.DataFile file(Path root, Path file, String role) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return new ModelMetadata.DataFile(root.relativize(file).toString(), HexFormat.of().formatHex(digest), role);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> libraries() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("java", Runtime.version().toString());
        // Smile's jar carries no Maven pom.properties, but its manifest has the version.
        out.put("smile-core", String.valueOf(smile.classification.SparseLogisticRegression.class.getPackage()
                .getImplementationVersion()));
        out.put("opennlp-tools", mavenVersion("org.apache.opennlp", "opennlp-tools"));
        out.put("opennlp-models-tokenizer-en", mavenVersion("org.apache.opennlp", "opennlp-models-tokenizer-en"));
        out.put("opennlp-models-sentdetect-en", mavenVersion("org.apache.opennlp", "opennlp-models-sentdetect-en"));
        out.put("opennlp-models-langdetect", mavenVersion("org.apache.opennlp", "opennlp-models-langdetect"));
        return out;
    }

    /** The version Maven recorded inside a dependency's jar. */
    private static String mavenVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
