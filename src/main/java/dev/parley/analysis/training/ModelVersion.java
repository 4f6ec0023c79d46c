package dev.parley.analysis.training;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A model's version is derived from what it is: the first 12 hex digits of the SHA-256 of its
 * feature spec and weights. Retraining on the same data gives the same version; any change to
 * data, recipe or code that changes the weights gives a new one.
 */
final class ModelVersion {

    private ModelVersion() {
    }

    static String of(float[] weights, String featureSpec) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(featureSpec.getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(4 * weights.length);
            for (float w : weights) {
                buffer.putFloat(w);
            }
            sha.update(buffer.array());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
