package dev.parley.analysis.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Parley's model file: a zip with {@code model.json} (the {@link ModelMetadata} plus calibration
 * and shape) and {@code weights.bin} (float32 rows, big-endian). Readable without Parley: the
 * metadata is plain JSON. Writing is deterministic (fixed entry times), so retraining with the
 * same data and seeds gives the same bytes.
 */
public final class ModelFile {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ModelFile() {
    }

    /** The JSON part of a model file. */
    public record Header(ModelMetadata metadata, int rows, int dimension, double plattA, double plattB,
                         double[] intercepts) {
    }

    public static void write(LinearModel model, OutputStream out) throws IOException {
        Header header = new Header(model.metadata(), model.weights().length, model.dimension(), model.plattA(),
                model.plattB(), model.intercepts());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "model.json", JSON.writeValueAsBytes(header));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(bytes);
            for (float[] row : model.weights()) {
                for (float w : row) {
                    data.writeFloat(w);
                }
            }
            data.flush();
            put(zip, "weights.bin", bytes.toByteArray());
        }
    }

    public static LinearModel read(InputStream in) throws IOException {
        Header header = null;
        float[][] weights = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (e.getName().equals("model.json")) {
                    header = JSON.readValue(content, Header.class);
                } else if (e.getName().equals("weights.bin")) {
                    if (header == null) {
                        throw new IOException("model.json must come before weights.bin");
                    }
                    weights = readWeights(content, header);
                }
            }
        }
        if (header == null || weights == null) {
            throw new IOException("Not a Parley model file: model.json or weights.bin missing");
        }
        return new LinearModel(header.metadata(), weights, header.plattA(), header.plattB(), header.intercepts());
    }

    private static float[][] readWeights(byte[] content, Header header) throws IOException {
        if (content.length != 4L * header.rows() * header.dimension()) {
            throw new IOException("weights.bin has " + content.length + " bytes; expected "
                    + 4L * header.rows() * header.dimension());
        }
        DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(content));
        float[][] weights = new float[header.rows()][header.dimension()];
        for (float[] row : weights) {
            for (int i = 0; i < row.length; i++) {
                row[i] = data.readFloat();
            }
        }
        return weights;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
