package fanwen.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Random and malicious inputs for the robustness tests, drawn from a seeded {@link Random}: request paths
 * whose query string holds unbalanced quotes, 10 KB strings, control characters, floods of {@code type:} and
 * other filters, HTML and script, query-parser syntax, invalid UTF-8 and odd parameters; and files of random
 * bytes under the names of every kind of file.
 */
final class MaliciousInputs {

    private static final List<String> ROUTES = List.of("/api/v1/search", "/api/v1/passages", "/api/v1/suggest");
    private static final List<String> FRAGMENTS = List.of("挂职", "锻炼", "\"", "“", "”", "'", "-", "--", "*", "?", "~",
            ":", "：", "type:", "year:", "unit:", "tag:", "year:0000..9999", "year:..", "(", ")", "[", "]", "{", "}",
            "AND", "OR", "NOT", "\\", "/", "^", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "</mark>", "&lt;", "&#0;", "%", "%%", "%00", "𠮷", "𪚥", "\u202e", "\u200b", "\ufeff", "\u3000", "*:*",
            "body:x", "/.*/", "a~2", "\"挂职", "锻炼\"", "PD1728_A_1", "GB/T 9704-2012");
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".pdf", ".docx", ".doc", ".wps",
            ".rtf", ".odt", ".xyz", "", ".TXT", ".tar.gz");
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private final Random random;

    MaliciousInputs(long seed) {
        random = new Random(seed);
    }

    /** A GET path with a hostile query string for one of the read routes. */
    String path() {
        String route = ROUTES.get(random.nextInt(ROUTES.size()));
        StringBuilder path = new StringBuilder(route).append("?q=").append(encodedQuery());
        if (random.nextInt(4) == 0) {
            path.append("&page=").append(oddNumber()).append("&size=").append(oddNumber());
        }
        if (random.nextInt(6) == 0) {
            path.append("&type=").append(Http.encode(text(1 + random.nextInt(20))))
                    .append("&year_from=").append(Http.encode(text(4))).append("&sort=").append(Http.encode(text(3)));
        }
        return path.toString();
    }

    private String encodedQuery() {
        int kind = random.nextInt(8);
        return switch (kind) {
            case 0 -> Http.encode(text(10_000 + random.nextInt(2_000))); // 10 KB strings: over Jetty's URI limit
            case 4 -> Http.encode(text(300 + random.nextInt(500))); // long ones that get through
            case 1 -> Http.encode(controlCharacters());
            case 2 -> Http.encode(("type:" + text(2) + " ").repeat(50 + random.nextInt(500))); // filter floods
            case 3 -> invalidUtf8();
            default -> Http.encode(fragments(1 + random.nextInt(12)));
        };
    }

    private String fragments(int count) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < count; i++) {
            q.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            if (random.nextBoolean()) {
                q.append(' ');
            }
        }
        return q.toString();
    }

    /** Random text over Han characters, ASCII, punctuation and syntax. */
    private String text(int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 5) {
                s.append(HAN.charAt(random.nextInt(HAN.length())));
            } else if (pick < 8) {
                s.append((char) (0x20 + random.nextInt(0x5f)));
            } else {
                s.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
        }
        return s.toString();
    }

    private String controlCharacters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5 + random.nextInt(60); i++) {
            s.append(random.nextBoolean() ? (char) random.nextInt(0x20) : HAN.charAt(random.nextInt(HAN.length())));
            if (random.nextInt(5) == 0) {
                s.append((char) (0x7f + random.nextInt(0x21))); // DEL and the C1 controls
            }
        }
        return s.toString();
    }

    /** Percent-escapes that are not UTF-8: lone continuation bytes, overlong forms, truncated sequences. */
    private String invalidUtf8() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            s.append(String.format("%%%02X", random.nextInt(256)));
        }
        return s.toString();
    }

    private String oddNumber() {
        return switch (random.nextInt(6)) {
            case 0 -> "-1";
            case 1 -> "0";
            case 2 -> "99999999999999999999";
            case 3 -> Integer.toString(Integer.MAX_VALUE);
            case 4 -> Http.encode(text(3));
            default -> Integer.toString(1 + random.nextInt(200));
        };
    }

    /** A file of random bytes (empty to 64 KB) named as any kind of file, also unsupported ones. */
    Http.NamedBytes randomFile(int n) {
        byte[] bytes = new byte[random.nextInt(8) == 0 ? 0 : random.nextInt(64 * 1024)];
        random.nextBytes(bytes);
        if (random.nextInt(5) == 0 && bytes.length > 8) { // a real signature in front of garbage
            byte[] magic = List.of("%PDF-1.7\n", "PK\u0003\u0004", "{\\rtf1", "<html>").get(random.nextInt(4))
                    .getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, bytes.length));
        }
        return new Http.NamedBytes("random-" + n + EXTENSIONS.get(random.nextInt(EXTENSIONS.size())), bytes);
    }
}
