package dev.parley.analysis.training;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes the Python-style escaping of the Impermium comments ({@code \n}, {@code \xa0},
 * {@code \u2019}, and doubly escaped UTF-8 such as {@code \\xc2\\xa0}). A run of {@code \xNN}
 * bytes is decoded as UTF-8 when it is valid UTF-8, else byte by byte as Latin-1.
 */
final class PythonEscapes {

    private PythonEscapes() {
    }

    static String unescape(String s) {
        String once = unescapeOnce(s);
        // Doubly escaped text ("\\xc2\\xa0") becomes "\xc2\xa0" after one pass; one more finishes it.
        return once.contains("\\x") || once.contains("\\u") ? unescapeOnce(once) : once;
    }

    private static String unescapeOnce(String s) {
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x' && isHex(s, i + 2, 2)) {
                bytes.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 4;
                continue;
            }
            flush(bytes, out);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u' && i + 5 < s.length() && isHex(s, i + 2, 4)) {
                    out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 6;
                    continue;
                }
                String simple = switch (n) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case 'r' -> "\r";
                    case '\\' -> "\\";
                    case '\'' -> "'";
                    case '"' -> "\"";
                    default -> null;
                };
                if (simple != null) {
                    out.append(simple);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] raw = bytes.toByteArray();
        bytes.reset();
        try {
            out.append(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)));
        } catch (CharacterCodingException e) {
            out.append(new String(raw, StandardCharsets.ISO_8859_1));
        }
    }

    private static boolean isHex(String s, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
