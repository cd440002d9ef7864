package fanwen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees in a Markdown file, line for line, without its markup:
 * <ul>
 *   <li>dropped: front matter at the top ({@code ---} YAML or {@code +++} TOML), HTML comments (also over
 *       several lines, e.g. {@code <!-- INFO END -->}), HTML tags, fence lines of code blocks, thematic
 *       breaks, setext underlines, table delimiter rows and link reference definitions;</li>
 *   <li>kept without their markers: headings ({@code ## 一、总体要求} becomes the line {@code 一、总体要求}, so the
 *       heading ladder is found downstream), quotes, bullet items, emphasis, inline code, the text of links
 *       and images (not their URLs), table rows (cells separated by a tab);</li>
 *   <li>kept as written: ordered-list numbers ({@code 1.} is what a reader sees), code block contents,
 *       backslash-escaped characters; character references ({@code &emsp;}, {@code &#22823;}) are decoded.</li>
 * </ul>
 * It follows CommonMark where that matters for office documents and is no full parser: nested brackets in
 * link text, HTML blocks and indented code are read as plain lines.
 */
final class MarkdownText {

    private static final Pattern ESCAPED = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*+][ \\t]+(?:\\[[ xX]][ \\t]+)?");
    private static final Pattern DECORATION = Pattern.compile(
            "^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|=+[ \\t]*)$");
    private static final Pattern TABLE_DELIMITER =
            Pattern.compile("^[ \\t]*\\|?(?:[ \\t]*:?-+:?[ \\t]*\\|)+(?:[ \\t]*:?-+:?[ \\t]*)?$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:[ \\t]*\\S+.*$");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)](?:\\([^)]*\\)|\\[[^\\]]*])");
    private static final Pattern AUTOLINK =
            Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]+|[^<>\\s@]+@[^<>\\s@]+\\.[^<>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern STAR_EMPHASIS = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    private static final Pattern UNDERSCORE_EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern CHARACTER_REFERENCE =
            Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z]+));");
    private static final Map<String, String> NAMED_REFERENCES = Map.of("nbsp", "\u00a0", "ensp", "\u2002",
            "emsp", "\u2003", "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");
    /**
     * Escaped characters and the contents of code spans are moved to plane 15 (private use) while the markup
     * is read, so that no rule takes them for markup, and moved back at the end.
     */
    private static final int PROTECTED = 0xF0000;

    private MarkdownText() {
    }

    /**
     * The visible text of {@code markdown}, line for line: a line of markup alone (a rule, a comment) becomes
     * an empty line; fence lines, front matter and the lines inside a comment are left out.
     */
    static String visible(String markdown) {
        List<String> lines = withoutFrontMatter(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        String fence = null;
        boolean inComment = false;
        for (String line : lines) {
            if (fence != null) {
                if (closes(fence, line)) {
                    fence = null;
                } else {
                    out.add(line);
                }
                continue;
            }
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                line = line.substring(end + 3);
                inComment = false;
            }
            int open = line.indexOf("<!--");
            while (open >= 0) {
                int end = line.indexOf("-->", open + 4);
                if (end < 0) {
                    line = line.substring(0, open);
                    inComment = true;
                    break;
                }
                line = line.substring(0, open) + line.substring(end + 3);
                open = line.indexOf("<!--", open);
            }
            Matcher fenceOpen = FENCE.matcher(line);
            if (fenceOpen.find()) {
                fence = fenceOpen.group(1);
                continue;
            }
            out.add(visibleLine(line));
        }
        return String.join("\n", out);
    }

    /** Whether {@code line} ends the code block opened by {@code fence}: as many or more of its characters, alone. */
    private static boolean closes(String fence, String line) {
        String stripped = line.strip();
        return stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The lines after the front matter, if the text opens with one; else all lines. */
    private static List<String> withoutFrontMatter(String[] lines) {
        String first = lines[0].strip();
        if (first.equals("---") || first.equals("+++")) {
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.equals(first) || first.equals("---") && line.equals("...")) {
                    return List.of(lines).subList(i + 1, lines.length);
                }
            }
        }
        return List.of(lines);
    }

    private static String visibleLine(String markdown) {
        String line = protect(markdown);
        if (line.endsWith("\\")) {
            line = line.substring(0, line.length() - 1); // a hard line break
        }
        if (DECORATION.matcher(line).matches() || TABLE_DELIMITER.matcher(line).matches()
                || REFERENCE_DEFINITION.matcher(line).matches()) {
            return "";
        }
        Matcher quote = QUOTE.matcher(line);
        while (quote.lookingAt()) {
            line = line.substring(quote.end());
            quote = QUOTE.matcher(line);
        }
        Matcher heading = ATX_HEADING.matcher(line);
        if (heading.matches()) {
            line = heading.group(1) == null ? "" : heading.group(1);
        }
        line = BULLET.matcher(line).replaceFirst("");
        if (line.strip().startsWith("|")) {
            line = tableRow(line);
        }
        // most lines of an office document have no markup: each rule runs only where its marker occurs
        if (line.indexOf('[') >= 0) {
            line = IMAGE_OR_LINK.matcher(line).replaceAll("$1");
        }
        if (line.indexOf('<') >= 0) {
            line = AUTOLINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(protectAll(m.group(1))));
            line = HTML_TAG.matcher(line).replaceAll("");
        }
        if (line.indexOf('*') >= 0 || line.indexOf('_') >= 0) {
            line = STRONG.matcher(line).replaceAll("$2");
            line = STAR_EMPHASIS.matcher(line).replaceAll("$1");
            line = UNDERSCORE_EMPHASIS.matcher(line).replaceAll("$1");
        }
        if (line.contains("~~")) {
            line = STRIKE.matcher(line).replaceAll("$1");
        }
        if (line.indexOf('&') >= 0) {
            line = CHARACTER_REFERENCE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(decode(m)));
        }
        return restore(line);
    }

    /** The cells of a table row, separated by tabs. */
    private static String tableRow(String line) {
        String row = line.strip();
        row = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : row.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return String.join("\t", cells);
    }

    /** Escaped characters and code span contents, out of the way of the markup rules. */
    private static String protect(String line) {
        if (line.indexOf('\\') < 0 && line.indexOf('`') < 0) {
            return line;
        }
        String escaped = ESCAPED.matcher(line).replaceAll(m -> Matcher.quoteReplacement(protectAll(m.group(1))));
        return CODE_SPAN.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(protectAll(codeSpan(m.group(2)))));
    }

    /** A code span's content: one space on each side is stripped when both are there (CommonMark). */
    private static String codeSpan(String content) {
        boolean padded = content.length() > 2 && content.startsWith(" ") && content.endsWith(" ") && !content.isBlank();
        return padded ? content.substring(1, content.length() - 1) : content;
    }

    private static String protectAll(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '!' && c <= '~' && !Character.isLetterOrDigit(c)
                ? PROTECTED + c : c));
        return out.toString();
    }

    private static String restore(String text) {
        if (text.codePoints().noneMatch(c -> c > PROTECTED)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c > PROTECTED && c <= PROTECTED + '~' ? c - PROTECTED : c));
        return out.toString();
    }

    /** The character a reference stands for; an unknown name is left as written. */
    private static String decode(MatchResult reference) {
        try {
            if (reference.group(1) != null) {
                return Character.toString(Integer.parseInt(reference.group(1)));
            }
            if (reference.group(2) != null) {
                return Character.toString(Integer.parseInt(reference.group(2), 16));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return reference.group();
        }
        return NAMED_REFERENCES.getOrDefault(reference.group(3), reference.group());
    }
}
