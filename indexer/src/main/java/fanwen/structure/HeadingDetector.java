package fanwen.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fanwen.headings.HeadingKind;
import fanwen.headings.HeadingMarkers;

/**
 * Finds the heading lines of a document and their ladder levels.
 *
 * <p>Recognised: Markdown {@code #} headings; 第一编/章/节; 第一条 (the article label only — the article's
 * text continues on the same line); 一、 （一） 1、 1. 1． （1） ① in half- and full-width forms; a line
 * starting with 一是 … 十是, the lowest rung; and short "bold-like" lines (≤ 25 chars, no final
 * punctuation, at least two Han chars, after the first paragraph and before a longer one). A numbered
 * line is a heading only when its lead-in is short: the heading runs up to the first 。！？ or ： (after
 * 一是…, also ， or ；) within {@value #MAX_LEAD_IN} chars, the rest of the line being body text, or is the
 * whole line if that is short and does not end like a list item (；，、). Longer numbered lines are list
 * items and stay in their paragraph, as does an enumeration inside a paragraph (…：一是…，二是…) and one
 * not written X是 (一要…, 首先…).
 *
 * <p>Levels follow order of first appearance, as a word processor's outline does, except that the legal
 * divisions keep their conventional order 编 › 章 › 节 › 条 and Markdown depths keep theirs, a sequence the text
 * starts inside (二、 after （一）) goes on top, and a short line over numbered items goes above them. Inside a law
 * article, numbered lines are the article's items and not headings. Stateless and thread-safe.
 */
public final class HeadingDetector {
    static final int MAX_LEAD_IN = 50;
    static final int MAX_SHORT_LINE = 25;

    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})[ \t\u3000]+(\\S.*)$");

    private static final String LEAD_IN_END = Lines.SENTENCE_END + "：:";
    private static final String ENUMERATION_LEAD_IN_END = LEAD_IN_END + "，,；;";
    /** Closing punctuation left out of a heading's text; ！ and ？ say something and stay. */
    private static final String DROPPED_CLOSING = "。：:，,；;";
    private static final String LIST_ITEM_END = "；;，,、";
    /** A bold-like heading, unlike a title, does not end with a closing bracket or quote, dash or ellipsis either. */
    private static final String FINAL_PUNCTUATION = Lines.RUNNING_TEXT_END + "…—）)”\"’'";

    /** All headings of {@code text}, in document order, with their levels. */
    public List<HeadingLine> detect(String text) {
        List<Lines.Line> lines = Lines.nonBlank(text, 0, text.length());
        List<Found> found = new ArrayList<>();
        boolean bodySeen = false;
        for (int i = 0; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            Optional<Found> heading = match(text, line);
            if (heading.isEmpty() && bodySeen && isShortLineHeading(text, lines, i, found)) {
                heading = Optional.of(new Found(HeadingKind.SHORT_LINE, line.start(), line.end(), line.of(text)));
            }
            heading.ifPresent(found::add);
            if (heading.isEmpty() && isBodyParagraph(line.of(text))) {
                bodySeen = true;
            }
        }
        found = withoutItemsInsideArticles(found);
        Map<HeadingKind, Integer> levels = levels(found, text);
        return found.stream().map(f -> new HeadingLine(f.kind, levels.get(f.kind), f.text, f.start, f.end)).toList();
    }

    /** The heading that starts {@code line}, if the line starts with one (short lines are judged separately). */
    Optional<Found> match(String text, Lines.Line line) {
        String s = line.of(text);
        Matcher md = MARKDOWN.matcher(s);
        if (md.matches()) {
            String title = md.group(2).strip();
            HeadingKind kind = legalKind(title)
                    .orElse(HeadingKind.valueOf("MARKDOWN_" + md.group(1).length()));
            return Optional.of(new Found(kind, line.start(), line.end(), title));
        }
        Matcher legal = HeadingMarkers.LEGAL.matcher(s);
        if (legal.lookingAt()) {
            HeadingKind kind = legalKind(s).orElseThrow();
            if (kind == HeadingKind.ARTICLE) {
                return Optional.of(new Found(kind, line.start(), line.start() + legal.end(), legal.group()));
            }
            return s.length() <= MAX_LEAD_IN
                    ? Optional.of(new Found(kind, line.start(), line.end(), s))
                    : Optional.empty();
        }
        for (Map.Entry<HeadingKind, Pattern> e : HeadingMarkers.NUMBERED.entrySet()) {
            Matcher m = e.getValue().matcher(s);
            if (m.lookingAt()) {
                String ends = e.getKey() == HeadingKind.ENUMERATION ? ENUMERATION_LEAD_IN_END : LEAD_IN_END;
                return leadIn(s, m.end(), ends).map(len -> new Found(e.getKey(), line.start(), line.start() + len,
                        stripClosing(s.substring(0, len))));
            }
        }
        return Optional.empty();
    }

    /**
     * Length of the heading part of a numbered line, up to and with the first of {@code ends}; empty if the
     * line is a list item, not a heading.
     */
    private static Optional<Integer> leadIn(String s, int markerEnd, String ends) {
        int limit = Math.min(s.length(), MAX_LEAD_IN);
        for (int i = markerEnd; i < limit; i++) {
            if (ends.indexOf(s.charAt(i)) >= 0) {
                return i + 1 > markerEnd + 1 ? Optional.of(i + 1) : Optional.empty();
            }
        }
        boolean wholeLineIsShort = s.length() <= MAX_LEAD_IN && s.length() > markerEnd;
        boolean listItem = LIST_ITEM_END.indexOf(s.charAt(s.length() - 1)) >= 0;
        return wholeLineIsShort && !listItem ? Optional.of(s.length()) : Optional.empty();
    }

    private static Optional<HeadingKind> legalKind(String s) {
        Matcher m = HeadingMarkers.LEGAL.matcher(s);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(switch (m.group(1)) {
            case "编" -> HeadingKind.PART;
            case "章" -> HeadingKind.CHAPTER;
            case "节" -> HeadingKind.SECTION;
            default -> HeadingKind.ARTICLE;
        });
    }

    /** A real paragraph: before the first one, short lines are the title block, not headings. */
    private static boolean isBodyParagraph(String line) {
        return line.length() > MAX_LEAD_IN
                || line.length() > MAX_SHORT_LINE && Lines.SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean isShortLineHeading(String text, List<Lines.Line> lines, int i, List<Found> found) {
        Lines.Line line = lines.get(i);
        String s = line.of(text);
        if (s.length() > MAX_SHORT_LINE || i + 1 >= lines.size() || Lines.hanCount(s) < 2) {
            return false;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (FINAL_PUNCTUATION.indexOf(last) >= 0 || s.contains("：") || s.contains(":") || s.contains("。")
                || first == '（' || first == '(' || first == '<' || Character.isDigit(first)) {
            return false;
        }
        Lines.Line previous = lines.get(i - 1);
        boolean previousIsHeading = !found.isEmpty() && found.getLast().start == previous.start();
        boolean afterParagraph = previous.length() > MAX_SHORT_LINE || previousIsHeading;
        Lines.Line next = lines.get(i + 1);
        return afterParagraph && next.length() > Math.max(s.length() * 2, MAX_SHORT_LINE);
    }

    /** Inside a law article, numbered lines are the article's items (（一）…；), not headings. */
    private static List<Found> withoutItemsInsideArticles(List<Found> found) {
        List<Found> kept = new ArrayList<>(found.size());
        boolean inArticle = false;
        for (Found f : found) {
            if (f.kind == HeadingKind.ARTICLE) {
                inArticle = true;
            } else if (f.kind.isLegal() || f.kind.isMarkdown()) {
                inArticle = false;
            } else if (inArticle) {
                continue;
            }
            kept.add(f);
        }
        return kept;
    }

    private static String stripClosing(String heading) {
        String s = heading.strip();
        while (!s.isEmpty() && DROPPED_CLOSING.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * Level of each kind: order of first appearance, with legal and Markdown kinds kept in their own order, a
     * numbered kind whose first heading is numbered past one raised above the numbered kinds seen before it, and
     * short lines above the numbered kinds they introduce.
     */
    private static Map<HeadingKind, Integer> levels(List<Found> found, String text) {
        List<HeadingKind> order = new ArrayList<>(new LinkedHashSet<>(found.stream().map(f -> f.kind).toList()));
        raiseContinuedLadders(order, found);
        raiseIntroducingShortLines(order, found, text);
        keepConventionalOrder(order, true);
        keepConventionalOrder(order, false);
        Map<HeadingKind, Integer> levels = new EnumMap<>(HeadingKind.class);
        for (int i = 0; i < order.size(); i++) {
            levels.put(order.get(i), i + 1);
        }
        return levels;
    }

    /**
     * A text that starts inside a ladder — copied from the middle of a document, or whose first 一、 was its title line —
     * shows a kind whose first heading is numbered past one (二、 after some （一）…（二）): its sequence began before
     * the text, above what came first. When the 公文 convention (一、 › （一） › 1、/1. › （1） › ① › 一是, GB/T 9704)
     * puts it above every numbered kind seen before it, it goes before them. A kind that starts at one keeps its order
     * of first appearance (a document may nest （一） under 1. if it starts that way), as does one that continues a
     * sequence of its own rung in another hand (３． after 1、2、).
     */
    private static void raiseContinuedLadders(List<HeadingKind> order, List<Found> found) {
        for (HeadingKind kind : List.copyOf(order)) {
            if (!HeadingMarkers.NUMBERED.containsKey(kind) || kind == HeadingKind.ENUMERATION) {
                continue;
            }
            Found first = found.stream().filter(f -> f.kind == kind).findFirst().orElseThrow();
            if (HeadingMarkers.number(first.text) < 2) {
                continue;
            }
            int at = order.indexOf(kind);
            int to = at;
            for (int i = at - 1; i >= 0; i--) {
                HeadingKind before = order.get(i);
                if (HeadingMarkers.NUMBERED.containsKey(before)) {
                    if (before.compareTo(kind) <= 0) {
                        to = at;
                        break;
                    }
                    to = i;
                }
            }
            if (to < at) {
                order.remove(at);
                order.add(to, kind);
            }
        }
    }

    /**
     * A short line directly followed by a numbered heading, nothing between them (几点体会和想法 over 一是…, 二是…),
     * introduces that heading's sequence: short lines go above the numbered kinds they introduce, even when those
     * appeared first (一是 items under 二、 before the short line).
     */
    private static void raiseIntroducingShortLines(List<HeadingKind> order, List<Found> found, String text) {
        int at = order.indexOf(HeadingKind.SHORT_LINE);
        int to = at;
        for (int i = 0; i + 1 < found.size(); i++) {
            Found line = found.get(i);
            Found next = found.get(i + 1);
            if (line.kind == HeadingKind.SHORT_LINE && HeadingMarkers.NUMBERED.containsKey(next.kind)
                    && Lines.trim(text, line.end, next.start) == null) {
                to = Math.min(to, order.indexOf(next.kind));
            }
        }
        if (to < at) {
            order.remove(at);
            order.add(to, HeadingKind.SHORT_LINE);
        }
    }

    /** Re-sorts the legal (or Markdown) kinds within the slots they occupy, leaving other kinds in place. */
    private static void keepConventionalOrder(List<HeadingKind> order, boolean legal) {
        List<Integer> slots = new ArrayList<>();
        List<HeadingKind> kinds = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            HeadingKind k = order.get(i);
            if (legal ? k.isLegal() : k.isMarkdown()) {
                slots.add(i);
                kinds.add(k);
            }
        }
        kinds.sort(null);
        for (int i = 0; i < slots.size(); i++) {
            order.set(slots.get(i), kinds.get(i));
        }
    }

    record Found(HeadingKind kind, int start, int end, String text) {
    }
}
