package fanwen.structure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fanwen.headings.HeadingKind;
import fanwen.model.DocumentType;

/**
 * Decides a document's type by deterministic rules, first match wins.
 *
 * <ol>
 *   <li><b>Title genre word.</b> Book-title quotes 《…》 and a trailing parenthesis such as （二） or (一大)
 *       are removed, then the genre word that ends furthest right in the title decides (the longer word on
 *       a tie): 关于印发《…方案》的通知 → 通知, …关于政府工作报告的决议 → 其他, 调研报告 → 调研报告 rather
 *       than 报告, 述职报告 → 汇报. A single 法 counts only as the last char (宪法, 立法法; not 做法).</li>
 *   <li><b>Law body.</b> Five or more 第X条 articles → 法规.</li>
 *   <li><b>Opening phrases</b> in the first {@value #OPENING} chars: …总结如下 → 总结; …汇报如下 → 汇报;
 *       通知如下/特此通知 → 通知; 提出如下意见 → 意见; 特制定本方案 → 方案; 向…大会作…报告 or 上的报告 → 报告;
 *       同志们 or 我今天讲 → 讲话.</li>
 *   <li><b>Plan headings.</b> Two or more headings such as 指导思想, 基本原则, 目标任务, 实施步骤, 保障措施,
 *       时间安排, 组织实施 → 方案.</li>
 *   <li><b>Audience.</b> 大家 at least {@value #MIN_AUDIENCE} times and once per {@value #CHARS_PER_AUDIENCE}
 *       chars: someone speaks to a room → 讲话.</li>
 *   <li><b>First person.</b> 我 at least once per {@value #CHARS_PER_FIRST_PERSON} chars: the writer reports
 *       on their own work → 总结.</li>
 *   <li><b>Experience material.</b> 做法, 举措, 经验 or 成效 in the headings, or at least {@value #MIN_EXPERIENCE_WORDS}
 *       such words (做法, 经验, 成效, 举措, 取得, 近年来, 打造, 亮点, 特色) in the text: a unit presents its
 *       work → 汇报.</li>
 *   <li>Otherwise 其他.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class TypeClassifier {
    static final int OPENING = 600;
    static final int CHARS_PER_FIRST_PERSON = 120;
    private static final int MIN_ARTICLES = 5;

    private static final Map<String, DocumentType> GENRE_WORDS = Map.ofEntries(
            Map.entry("调研报告", DocumentType.SURVEY), Map.entry("调查报告", DocumentType.SURVEY),
            Map.entry("考察报告", DocumentType.SURVEY),
            Map.entry("报告", DocumentType.REPORT), Map.entry("報告", DocumentType.REPORT),
            Map.entry("汇报", DocumentType.BRIEFING), Map.entry("汇报材料", DocumentType.BRIEFING),
            Map.entry("经验材料", DocumentType.BRIEFING), Map.entry("典型材料", DocumentType.BRIEFING),
            Map.entry("事迹材料", DocumentType.BRIEFING), Map.entry("述职", DocumentType.BRIEFING),
            Map.entry("述职报告", DocumentType.BRIEFING), Map.entry("述职述廉报告", DocumentType.BRIEFING),
            Map.entry("总结", DocumentType.SUMMARY), Map.entry("小结", DocumentType.SUMMARY),
            Map.entry("心得", DocumentType.SUMMARY), Map.entry("体会", DocumentType.SUMMARY),
            Map.entry("讲话", DocumentType.SPEECH), Map.entry("讲话稿", DocumentType.SPEECH),
            Map.entry("致辞", DocumentType.SPEECH), Map.entry("发言", DocumentType.SPEECH),
            Map.entry("发言稿", DocumentType.SPEECH), Map.entry("演讲", DocumentType.SPEECH),
            Map.entry("方案", DocumentType.PLAN), Map.entry("计划", DocumentType.PLAN),
            Map.entry("规划", DocumentType.PLAN), Map.entry("工作要点", DocumentType.PLAN),
            Map.entry("通知", DocumentType.NOTICE), Map.entry("通告", DocumentType.NOTICE),
            Map.entry("公告", DocumentType.NOTICE),
            Map.entry("意见", DocumentType.OPINION),
            Map.entry("决议", DocumentType.OTHER),
            Map.entry("条例", DocumentType.REGULATION), Map.entry("规定", DocumentType.REGULATION),
            Map.entry("办法", DocumentType.REGULATION), Map.entry("细则", DocumentType.REGULATION),
            Map.entry("解释", DocumentType.REGULATION), Map.entry("规则", DocumentType.REGULATION),
            Map.entry("批复", DocumentType.REGULATION), Map.entry("决定", DocumentType.REGULATION),
            Map.entry("章程", DocumentType.REGULATION), Map.entry("修正案", DocumentType.REGULATION), Map.entry("答复", DocumentType.REGULATION));
    private static final Pattern BOOK_TITLES = Pattern.compile("《[^》]*》");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("[\\s\u3000]*[（(][^（()）]{1,12}[)）]$");
    private static final String NOT_LAW_BEFORE_FA = "做想看方说写用办手章语算兵";

    private static final List<Map.Entry<Pattern, DocumentType>> OPENING_PHRASES = List.of(
            Map.entry(Pattern.compile("总结如下|总结汇报如下"), DocumentType.SUMMARY),
            Map.entry(Pattern.compile("汇报如下|作如下汇报|汇报一下"), DocumentType.BRIEFING),
            Map.entry(Pattern.compile("通知如下|特此通知"), DocumentType.NOTICE),
            Map.entry(Pattern.compile("提出如下意见|提出以下意见"), DocumentType.OPINION),
            Map.entry(Pattern.compile("制定本方案|制定如下方案|制定以下方案"), DocumentType.PLAN),
            Map.entry(Pattern.compile("向[^。！]{0,30}大会(作|做)?[^。！]{0,6}报告|上的(政治)?报告"), DocumentType.REPORT),
            Map.entry(Pattern.compile("同志们|我今天讲|我讲几点|讲几点意见"), DocumentType.SPEECH));
    private static final Pattern PLAN_HEADING = Pattern.compile(
            "指导思想|基本原则|工作原则|目标任务|主要目标|实施步骤|工作步骤|程序和步骤|保障措施|时间安排|组织实施|工作要求|有关要求");
    private static final Pattern EXPERIENCE_WORDS = Pattern.compile("做法|经验|成效|举措|取得|近年来|打造|亮点|特色");
    private static final int MIN_EXPERIENCE_WORDS = 3;
    private static final int MIN_AUDIENCE = 5;
    private static final int CHARS_PER_AUDIENCE = 1000;
    private static final Pattern EXPERIENCE_HEADING = Pattern.compile("做法|举措|经验|成效|保障机制");

    /** The type of a document with this title, text and headings. */
    public DocumentType classify(String title, String text, List<HeadingLine> headings) {
        return byTitle(title)
                .or(() -> byArticles(headings))
                .or(() -> byOpening(text))
                .or(() -> byHeadings(headings, PLAN_HEADING, 2, DocumentType.PLAN))
                .or(() -> byAudience(text))
                .or(() -> byFirstPerson(text))
                .or(() -> byHeadings(headings, EXPERIENCE_HEADING, 1, DocumentType.BRIEFING))
                .or(() -> byExperienceWords(text))
                .orElse(DocumentType.OTHER);
    }

    static Optional<DocumentType> byTitle(String title) {
        String t = BOOK_TITLES.matcher(title.strip()).replaceAll("");
        t = TRAILING_PARENTHESIS.matcher(t).replaceFirst("").strip();
        DocumentType best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (Map.Entry<String, DocumentType> e : GENRE_WORDS.entrySet()) {
            int at = t.lastIndexOf(e.getKey());
            if (at < 0) {
                continue;
            }
            int end = at + e.getKey().length();
            if (end > bestEnd || (end == bestEnd && e.getKey().length() > bestLength)) {
                best = e.getValue();
                bestEnd = end;
                bestLength = e.getKey().length();
            }
        }
        boolean endsWithLaw = t.length() >= 2 && t.endsWith("法")
                && NOT_LAW_BEFORE_FA.indexOf(t.charAt(t.length() - 2)) < 0;
        if (endsWithLaw && t.length() > bestEnd) {
            return Optional.of(DocumentType.REGULATION);
        }
        return Optional.ofNullable(best);
    }

    private static Optional<DocumentType> byArticles(List<HeadingLine> headings) {
        long articles = headings.stream().filter(h -> h.kind() == HeadingKind.ARTICLE).count();
        return articles >= MIN_ARTICLES ? Optional.of(DocumentType.REGULATION) : Optional.empty();
    }

    private static Optional<DocumentType> byOpening(String text) {
        String opening = text.substring(0, Math.min(text.length(), OPENING));
        return OPENING_PHRASES.stream().filter(e -> e.getKey().matcher(opening).find())
                .map(Map.Entry::getValue).findFirst();
    }

    private static Optional<DocumentType> byHeadings(List<HeadingLine> headings, Pattern cue, int minimum,
                                                     DocumentType type) {
        long hits = headings.stream().filter(h -> cue.matcher(h.text()).find()).count();
        return hits >= minimum ? Optional.of(type) : Optional.empty();
    }

    private static Optional<DocumentType> byAudience(String text) {
        long addressed = countOf(text, "大家");
        return addressed >= MIN_AUDIENCE && addressed * CHARS_PER_AUDIENCE >= text.length()
                ? Optional.of(DocumentType.SPEECH) : Optional.empty();
    }

    private static Optional<DocumentType> byExperienceWords(String text) {
        long hits = EXPERIENCE_WORDS.matcher(text).results().count();
        return hits >= MIN_EXPERIENCE_WORDS ? Optional.of(DocumentType.BRIEFING) : Optional.empty();
    }

    private static Optional<DocumentType> byFirstPerson(String text) {
        long firstPerson = text.chars().filter(c -> c == '我').count()
                - countOf(text, "我们") - countOf(text, "我市") - countOf(text, "我县") - countOf(text, "我区")
                - countOf(text, "我省") - countOf(text, "我国");
        return firstPerson > 0 && text.length() / firstPerson <= CHARS_PER_FIRST_PERSON
                ? Optional.of(DocumentType.SUMMARY) : Optional.empty();
    }

    private static long countOf(String text, String word) {
        long n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
