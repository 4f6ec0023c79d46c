package dev.parley.integration.coral.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The external id under which Parley stores a comment from Coral's moderation phase, which carries
 * no id for the comment: {@code coral-pending:} + the first 24 hex digits (96 bits) of SHA-256 of
 * {@code storyID \n authorID \n parentID \n body} (an absent parent is the empty string). The same
 * content gives the same key, so a webhook carrying the comment can find it again.
 */
public final class PendingKey {

    public static final String PREFIX = "coral-pending:";

    private PendingKey() {
    }

    public static String of(String storyId, String authorId, String parentId, String body) {
        String fingerprint = storyId + "\n" + authorId + "\n" + (parentId == null ? "" : parentId) + "\n" + body;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
