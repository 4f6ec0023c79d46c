package dev.parley.analysis.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the model card's figures as small SVG files (a curve on a unit square, or a confusion
 * matrix), so they render on any Git host and diff as text. Deterministic output.
 */
final class SvgCharts {

    private static final int SIZE = 320;
    private static final int PAD = 40;

    private SvgCharts() {
    }

    static void curve(Path file, String title, String xLabel, String yLabel, List<BinaryMetrics.Point> points,
                      boolean diagonal) throws IOException {
        StringBuilder svg = header(title);
        int w = SIZE - 2 * PAD;
        svg.append(String.format(Locale.ROOT,
                "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#888'/>%n", PAD, PAD, w, w));
        for (int t = 0; t <= 4; t++) {
            double v = t / 4.0;
            svg.append(String.format(Locale.ROOT,
                    "<text x='%.1f' y='%d' font-size='9' text-anchor='middle'>%.2f</text>%n", PAD + v * w, SIZE - PAD + 12, v));
            svg.append(String.format(Locale.ROOT,
                    "<text x='%d' y='%.1f' font-size='9' text-anchor='end'>%.2f</text>%n", PAD - 4, SIZE - PAD - v * w + 3, v));
        }
        if (diagonal) {
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#bbb' stroke-dasharray='4'/>%n",
                    PAD, SIZE - PAD, SIZE - PAD, PAD));
        }
        svg.append("<polyline fill='none' stroke='#c0392b' stroke-width='1.5' points='");
        for (BinaryMetrics.Point p : points) {
            svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", PAD + p.x() * w, SIZE - PAD - p.y() * w));
        }
        svg.append("'/>\n");
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='11' text-anchor='middle'>%s</text>%n",
                SIZE / 2, SIZE - 8, xLabel));
        svg.append(String.format(Locale.ROOT,
                "<text x='12' y='%d' font-size='11' text-anchor='middle' transform='rotate(-90 12 %d)'>%s</text>%n",
                SIZE / 2, SIZE / 2, yLabel));
        write(file, svg);
    }

    static void confusion(Path file, String title, List<String> labels, int[][] counts) throws IOException {
        StringBuilder svg = header(title);
        int n = labels.size();
        int cell = (SIZE - 2 * PAD) / n;
        int max = 1;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        for (int r = 0; r < n; r++) {
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='10' text-anchor='end'>%s</text>%n",
                    PAD - 4, PAD + r * cell + cell / 2 + 3, labels.get(r)));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='10' text-anchor='middle'>%s</text>%n",
                    PAD + r * cell + cell / 2, SIZE - PAD + 14, labels.get(r)));
            for (int c = 0; c < n; c++) {
                int shade = 255 - (int) (200.0 * counts[r][c] / max);
                svg.append(String.format(Locale.ROOT,
                        "<rect x='%d' y='%d' width='%d' height='%d' fill='rgb(%d,%d,255)' stroke='#fff'/>%n",
                        PAD + c * cell, PAD + r * cell, cell, cell, shade, shade));
                svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='11' text-anchor='middle'>%d</text>%n",
                        PAD + c * cell + cell / 2, PAD + r * cell + cell / 2 + 4, counts[r][c]));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='11' text-anchor='middle'>predicted</text>%n",
                SIZE / 2, SIZE - 6));
        svg.append(String.format(Locale.ROOT,
                "<text x='10' y='%d' font-size='11' text-anchor='middle' transform='rotate(-90 10 %d)'>true</text>%n",
                SIZE / 2, SIZE / 2));
        write(file, svg);
    }

    private static StringBuilder header(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif'>%n", SIZE, SIZE));
        svg.append("<rect width='100%' height='100%' fill='white'/>\n");
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='20' font-size='12' text-anchor='middle'>%s</text>%n",
                SIZE / 2, escape(title)));
        return svg;
    }

    private static void write(Path file, StringBuilder svg) throws IOException {
        svg.append("</svg>\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, svg, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
