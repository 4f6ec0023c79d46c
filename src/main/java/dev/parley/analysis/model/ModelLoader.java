package dev.parley.analysis.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads a model file from the classpath and refuses one trained with another feature recipe. */
public final class ModelLoader {

    private ModelLoader() {
    }

    public static LinearModel load(String resource, String expectedFeatureSpec) {
        try (InputStream in = ModelLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelMismatchException("Model file " + resource + " is missing; run the trainer");
            }
            LinearModel model = ModelFile.read(in);
            return check(model, resource, expectedFeatureSpec);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model " + resource, e);
        }
    }

    public static LinearModel check(LinearModel model, String source, String expectedFeatureSpec) {
        String actual = model.metadata().featureSpec();
        if (!expectedFeatureSpec.equals(actual)) {
            throw new ModelMismatchException("Model " + source + " (" + model.metadata().id()
                    + ") was trained with features '" + actual + "' but this code computes '" + expectedFeatureSpec
                    + "'; retrain with ./mvnw compile exec:java@train");
        }
        return model;
    }
}
