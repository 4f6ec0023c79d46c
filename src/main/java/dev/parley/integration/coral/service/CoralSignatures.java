package dev.parley.integration.coral.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Coral's request signing: {@code X-Coral-Signature} holds one or more comma-separated
 * {@code sha256=<hex>} values, each an HMAC-SHA256 of the raw body with one signing secret (more
 * than one while a secret is being rolled). A request is genuine when any listed signature equals
 * the HMAC under any configured secret.
 */
public final class CoralSignatures {

    /** More signatures than this is not a rolling secret but an attempt to make us hash a lot. */
    static final int MAX_SIGNATURES = 8;
    private static final String PREFIX = "sha256=";
    private static final int SHA256_BYTES = 32;

    private CoralSignatures() {
    }

    /** True when any signature in the header matches the body under any of the secrets. */
    public static boolean verify(String header, byte[] body, List<String> secrets) {
        List<byte[]> provided = parse(header);
        boolean matched = false;
        for (String secret : secrets) {
            byte[] expected = hmac(secret, body);
            for (byte[] signature : provided) {
                // Constant-time compare, and no early exit: timing says nothing about which one matched.
                matched |= MessageDigest.isEqual(expected, signature);
            }
        }
        return matched;
    }

    /** The header value Coral would send for this body and secret (for docs and tooling). */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** The well-formed signatures of the header; malformed entries are skipped, not fatal. */
    static List<byte[]> parse(String header) {
        List<byte[]> signatures = new ArrayList<>();
        if (header == null) {
            return signatures;
        }
        for (String part : header.split(",", MAX_SIGNATURES + 1)) {
            String value = part.strip();
            if (signatures.size() == MAX_SIGNATURES
                    || !value.toLowerCase(Locale.ROOT).startsWith(PREFIX)
                    || value.length() != PREFIX.length() + 2 * SHA256_BYTES) {
                continue;
            }
            try {
                signatures.add(HexFormat.of().parseHex(value, PREFIX.length(), value.length()));
            } catch (IllegalArgumentException notHex) {
                // skip: another entry may still be valid
            }
        }
        return signatures;
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
