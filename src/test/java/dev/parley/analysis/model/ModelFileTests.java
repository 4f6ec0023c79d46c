package dev.parley.analysis.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFileTests {

    private static LinearModel model(String spec) {
        ModelMetadata metadata = new ModelMetadata("test", "abc", spec, List.of("no", "yes"), "2026-11-23",
                List.of(new ModelMetadata.DataFile("data.csv", "00", "train")), Map.of("lambda", "1"),
                Map.of("smile-core", "6.3.0"), JsonNodeFactory.instance.objectNode().put("auc", 0.9));
        return new LinearModel(metadata, new float[][] {{0.5f, -1.25f, 3f, 0f}}, 1.5, -0.25);
    }

    @Test
    void writeThenReadGivesTheSameModelAndTheSameBytes() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ModelFile.write(model("spec-1"), first);
        LinearModel read = ModelFile.read(new ByteArrayInputStream(first.toByteArray()));
        assertArrayEquals(new float[] {0.5f, -1.25f, 3f, 0f}, read.weights()[0]);
        assertEquals(1.5, read.plattA());
        assertEquals("test@abc", read.metadata().id());
        assertEquals(0.9, read.metadata().metrics().get("auc").asDouble());
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        ModelFile.write(read, second);
        assertArrayEquals(first.toByteArray(), second.toByteArray(), "writing is deterministic");
    }

    @Test
    void aModelOfAnotherFeatureRecipeIsRefused() {
        ModelMismatchException e = assertThrows(ModelMismatchException.class,
                () -> ModelLoader.check(model("spec-1"), "test", "spec-2"));
        assertEquals(true, e.getMessage().contains("spec-1") && e.getMessage().contains("spec-2"));
    }
}
