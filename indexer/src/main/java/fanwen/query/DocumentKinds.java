package fanwen.query;

import static fanwen.model.DocumentType.BRIEFING;
import static fanwen.model.DocumentType.NOTICE;
import static fanwen.model.DocumentType.OPINION;
import static fanwen.model.DocumentType.PLAN;
import static fanwen.model.DocumentType.REPORT;
import static fanwen.model.DocumentType.SPEECH;
import static fanwen.model.DocumentType.SUMMARY;
import static fanwen.model.DocumentType.SURVEY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fanwen.analysis.ChineseFolding;
import fanwen.model.DocumentType;

/**
 * The words staff type for the kind of document they want (文种): 讲话 领导讲话 动员讲话 发言 致辞 · 总结 工作总结 个人总结
 * 心得体会 · 方案 实施方案 工作计划 · 意见 实施意见 · 通知 · 报告 工作报告 · 汇报 汇报材料 经验材料 述职报告 · 调研报告 …
 * A query word that is one of them — or ends with one after a topic of two characters or more (防汛抗旱领导讲话) —
 * asks for documents of that kind; it is not text those documents must contain (a speech rarely says 讲话, a law
 * often does).
 *
 * <p>Each kind names the types that are it and those that come near, by what the documents of the genre are: a
 * 政府工作报告 or a 党代会报告 is delivered to a congress — a speech, and a report of the work; a 汇报 reports work
 * done as a summary does; a plan and an implementation opinion both set out what is to be done.
 */
public final class DocumentKinds {

    private record Kind(Set<DocumentType> types, Set<DocumentType> near) {
    }

    private static final Kind SPEECHES = new Kind(Set.of(SPEECH, REPORT), Set.of(BRIEFING));
    private static final Kind SUMMARIES = new Kind(Set.of(SUMMARY), Set.of(BRIEFING, REPORT));
    private static final Kind PERSONAL_SUMMARIES = new Kind(Set.of(SUMMARY), Set.of(BRIEFING));
    private static final Kind BRIEFINGS = new Kind(Set.of(BRIEFING), Set.of(SUMMARY, REPORT));
    private static final Kind WORK_REPORTS = new Kind(Set.of(REPORT), Set.of(BRIEFING, SUMMARY));
    private static final Kind REPORTS = new Kind(Set.of(REPORT, SURVEY), Set.of(BRIEFING));
    private static final Kind PLANS = new Kind(Set.of(PLAN, OPINION), Set.of(REPORT));
    private static final Kind OPINIONS = new Kind(Set.of(OPINION), Set.of(PLAN));
    private static final Kind NOTICES = new Kind(Set.of(NOTICE), Set.of());
    private static final Kind SURVEYS = new Kind(Set.of(SURVEY), Set.of(BRIEFING, REPORT));

    /** The words, longest first when one ends another (工作总结 before 总结). */
    private static final Map<String, Kind> WORDS = byLength(Map.ofEntries(
            Map.entry("讲话", SPEECHES), Map.entry("讲话稿", SPEECHES), Map.entry("领导讲话", SPEECHES),
            Map.entry("动员讲话", SPEECHES), Map.entry("重要讲话", SPEECHES), Map.entry("发言", SPEECHES),
            Map.entry("发言稿", SPEECHES), Map.entry("表态发言", SPEECHES), Map.entry("交流发言", SPEECHES),
            Map.entry("致辞", SPEECHES), Map.entry("讲稿", SPEECHES), Map.entry("演讲稿", SPEECHES),
            Map.entry("总结", SUMMARIES), Map.entry("工作总结", SUMMARIES), Map.entry("年度总结", SUMMARIES),
            Map.entry("年终总结", SUMMARIES), Map.entry("半年总结", SUMMARIES), Map.entry("上半年总结", SUMMARIES),
            Map.entry("总结报告", SUMMARIES), Map.entry("小结", SUMMARIES),
            Map.entry("个人总结", PERSONAL_SUMMARIES), Map.entry("个人工作总结", PERSONAL_SUMMARIES),
            Map.entry("心得体会", PERSONAL_SUMMARIES), Map.entry("心得", PERSONAL_SUMMARIES),
            Map.entry("体会", PERSONAL_SUMMARIES), Map.entry("学习心得", PERSONAL_SUMMARIES),
            Map.entry("汇报", BRIEFINGS), Map.entry("工作汇报", BRIEFINGS), Map.entry("汇报材料", BRIEFINGS),
            Map.entry("经验材料", BRIEFINGS), Map.entry("典型材料", BRIEFINGS), Map.entry("事迹材料", BRIEFINGS),
            Map.entry("述职报告", BRIEFINGS), Map.entry("述职述廉报告", BRIEFINGS),
            Map.entry("工作报告", WORK_REPORTS), Map.entry("政府工作报告", WORK_REPORTS),
            Map.entry("报告", REPORTS),
            Map.entry("方案", PLANS), Map.entry("实施方案", PLANS), Map.entry("工作方案", PLANS),
            Map.entry("工作计划", PLANS), Map.entry("计划", PLANS), Map.entry("工作要点", PLANS),
            Map.entry("意见", OPINIONS), Map.entry("实施意见", OPINIONS), Map.entry("指导意见", OPINIONS),
            Map.entry("通知", NOTICES),
            Map.entry("调研报告", SURVEYS), Map.entry("调查报告", SURVEYS), Map.entry("考察报告", SURVEYS)));

    /** A topic before a kind word must be this long to be split off (防汛领导讲话, not 总结 in 小结). */
    private static final int MIN_TOPIC = 2;

    private DocumentKinds() {
    }

    /** A query word read for a kind: the kind it asks for, and what it says besides (empty when all of it is kind). */
    public record Reading(KindWanted kind, Optional<String> topic) {
    }

    /** The kind {@code word} asks for, if it is or ends with a kind word. */
    public static Optional<Reading> read(String word) {
        String folded = ChineseFolding.fold(word.strip());
        for (Map.Entry<String, Kind> entry : WORDS.entrySet()) {
            String kindWord = entry.getKey();
            if (!folded.endsWith(kindWord)) {
                continue;
            }
            int topicLength = folded.length() - kindWord.length();
            if (topicLength > 0 && topicLength < MIN_TOPIC) {
                continue;
            }
            KindWanted kind = new KindWanted(kindWord, entry.getValue().types(), entry.getValue().near());
            return Optional.of(new Reading(kind, topicLength == 0 ? Optional.empty()
                    : Optional.of(word.strip().substring(0, topicLength))));
        }
        return Optional.empty();
    }

    private static Map<String, Kind> byLength(Map<String, Kind> words) {
        List<String> ordered = new ArrayList<>(words.keySet());
        ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Kind> out = new LinkedHashMap<>();
        ordered.forEach(w -> out.put(w, words.get(w)));
        return out;
    }
}
