package fanwen.bench.gongwen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.TextAlign;

/**
 * Writes OFD copies of the 公文 evaluation set with ofdrw's layout module: the layout lines that
 * {@code bench/gongwen/make_corpus.py} wrote ({@code lines/<id>.json}) placed on A4 pages as GB/T 9704 sets them —
 * 28 characters a line, 22 lines a page, the page number {@code — N —} under each page, the running header over
 * it when the document has one — each line an absolutely placed paragraph, so the OFD holds text lines, not
 * glyphs. It writes every fourth document ({@code gw01}, {@code gw05}, …) to keep the set small.
 *
 * <p>{@code bench/run.sh gongwen-ofd [DIR]} (default {@code bench/gongwen}).
 */
public final class GongwenOfdWriter {

    private static final double FONT_MM = 5.5;  // 三号 (16 pt) is 5.6: 28 of those would not fit the line
    private static final double LEFT_MM = 28;
    private static final double TOP_MM = 37;
    private static final double WIDTH_MM = 156;
    private static final double PITCH_MM = 10.4;
    private static final int CHARS_PER_LINE = 28;
    private static final int LINES_PER_PAGE = 22;

    private GongwenOfdWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/gongwen");
        List<Path> specs;
        try (var files = Files.list(dir.resolve("lines"))) {
            specs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < specs.size(); i += 4) {
            String id = specs.get(i).getFileName().toString().replace(".json", "");
            write(new ObjectMapper().readTree(specs.get(i).toFile()), dir.resolve("files").resolve(id + ".ofd"));
            System.out.println("wrote " + id + ".ofd");
        }
    }

    private record Placed(String text, TextAlign align) {
    }

    static void write(JsonNode spec, Path out) throws Exception {
        String header = spec.path("running_header").isNull() ? null : spec.path("running_header").asText(null);
        List<List<Placed>> pages = paginate(spec.path("lines"));
        try (OFDDoc doc = new OFDDoc(out)) {
            for (int p = 0; p < pages.size(); p++) {
                VirtualPage page = new VirtualPage(PageLayout.A4());
                if (header != null) {
                    page.add(line(header, TextAlign.center, 18));
                }
                List<Placed> lines = pages.get(p);
                for (int l = 0; l < lines.size(); l++) {
                    page.add(line(lines.get(l).text(), lines.get(l).align(), TOP_MM + l * PITCH_MM));
                }
                page.add(line("— " + (p + 1) + " —", TextAlign.center, 297 - 30));
                doc.addVPage(page);
            }
        }
    }

    private static Paragraph line(String text, TextAlign align, double y) {
        Paragraph paragraph = new Paragraph(LEFT_MM, y, WIDTH_MM, PITCH_MM, text, FONT_MM);
        paragraph.setTextAlign(align);
        return paragraph;
    }

    /** Wraps paragraphs at 28 characters (the first line of a body paragraph indented by two) and cuts pages. */
    private static List<List<Placed>> paginate(JsonNode lines) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        for (JsonNode line : lines) {
            String style = line.get(0).asText();
            String text = line.get(1).asText();
            if (style.equals("PAGE")) {
                pages.add(page);
                page = new ArrayList<>();
                continue;
            }
            TextAlign align = switch (style) {
                case "C" -> TextAlign.center;
                case "R" -> TextAlign.right;
                default -> TextAlign.left;
            };
            String rest = style.equals("P") ? "\u3000\u3000" + text : text;
            do {
                int cut = Math.min(rest.length(), CHARS_PER_LINE);
                page.add(new Placed(rest.substring(0, cut), align));
                rest = rest.substring(cut);
                if (page.size() == LINES_PER_PAGE) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
            } while (!rest.isEmpty());
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
