package dev.parley.analysis.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PythonEscapesTests {

    @Test
    void impermiumEscapesAreUndone() {
        assertEquals("i really don't understand your point.\u00a0 It seems",
                ImpermiumData.clean("\"i really don't understand your point.\\xa0 It seems\""));
        assertEquals("line one\nline two", PythonEscapes.unescape("line one\\nline two"));
        assertEquals("it\u2019s", PythonEscapes.unescape("it\\u2019s"));
        // Doubly escaped UTF-8 bytes of a no-break space.
        assertEquals("a\u00a0b", PythonEscapes.unescape("a\\\\xc2\\\\xa0b"));
        assertEquals("caf\u00e9", PythonEscapes.unescape("caf\\xc3\\xa9"));
        assertEquals("back\\slash", PythonEscapes.unescape("back\\\\slash"));
    }
}
