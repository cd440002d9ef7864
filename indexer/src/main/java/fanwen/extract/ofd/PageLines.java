package fanwen.extract.ofd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;

/**
 * The text lines of one OFD page, top to bottom, each left to right. An OFD page is a set of positioned text runs
 * ({@code TextCode}s inside {@code TextObject}s) in whatever order its producer wrote them — a line may be one run,
 * several (a font change), or one run per character. Runs are placed on the page (the object's boundary plus the
 * run's position, through the object's {@code CTM} when it has one), grouped into lines by baseline (within half
 * the font size), and joined; where two runs of one line are more than a character apart (签发人 printed to the
 * right of a 发文字号) a space separates them. It reads the text only: no fonts, no glyph widths, no rotation.
 */
final class PageLines {

    private static final double DEFAULT_FONT_SIZE = 3.5; // mm, about 10 pt: OFD sizes are in millimetres

    private PageLines() {
    }

    private record Run(double x, double y, double size, String text) {

        /** Where the run ends, estimating a Han character as one em wide and anything else as half an em. */
        double end() {
            double ems = text.codePoints().mapToDouble(c -> Character.isIdeographic(c) || c > 0x2E80 ? 1 : 0.5).sum();
            return x + ems * size;
        }
    }

    static List<String> of(List<TextObject> objects) {
        List<Run> runs = new ArrayList<>();
        for (TextObject object : objects) {
            addRuns(object, runs);
        }
        runs.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x));
        List<List<Run>> lines = new ArrayList<>();
        for (Run run : runs) {
            List<Run> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - run.y()) <= 0.5 * Math.max(run.size(), last.get(0).size())) {
                last.add(run);
            } else {
                lines.add(new ArrayList<>(List.of(run)));
            }
        }
        List<String> text = new ArrayList<>(lines.size());
        for (List<Run> line : lines) {
            String joined = join(line).strip();
            if (!joined.isEmpty()) {
                text.add(joined);
            }
        }
        return text;
    }

    private static String join(List<Run> line) {
        line.sort(Comparator.comparingDouble(Run::x));
        StringBuilder out = new StringBuilder();
        Run previous = null;
        for (Run run : line) {
            if (previous != null && run.x() > previous.end() + run.size()) {
                out.append(' ');
            }
            out.append(run.text());
            previous = run;
        }
        return out.toString();
    }

    private static void addRuns(TextObject object, List<Run> runs) {
        ST_Box box = object.getBoundary();
        double left = box == null ? 0 : box.getTopLeftX();
        double top = box == null ? 0 : box.getTopLeftY();
        Double fontSize = object.getSize();
        double size = fontSize == null || fontSize <= 0 ? DEFAULT_FONT_SIZE : fontSize;
        double[] ctm = matrix(object.getCTM());
        double x = 0;
        double y = 0;
        for (TextCode code : object.getTextCodes()) {
            String content = code.getContent();
            // a missing X or Y repeats the previous run's (GB/T 33190-2016 §11.3)
            x = code.getX() != null ? code.getX() : x;
            y = code.getY() != null ? code.getY() : y;
            if (content == null || content.isBlank()) {
                continue;
            }
            double pageX = ctm == null ? x : ctm[0] * x + ctm[2] * y + ctm[4];
            double pageY = ctm == null ? y : ctm[1] * x + ctm[3] * y + ctm[5];
            double scale = ctm == null ? 1 : Math.max(Math.abs(ctm[3]), Math.abs(ctm[0]));
            runs.add(new Run(left + pageX, top + pageY, size * (scale > 0 ? scale : 1), content));
        }
    }

    /** The six numbers of a CTM, or null when there is none or it is malformed. */
    private static double[] matrix(ST_Array ctm) {
        if (ctm == null || ctm.size() != 6) {
            return null;
        }
        try {
            Double[] values = ctm.toDouble();
            double[] m = new double[6];
            for (int i = 0; i < 6; i++) {
                m[i] = values[i];
            }
            return m;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
