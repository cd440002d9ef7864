package fanwen.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks up to {@value #MAX_KEYWORDS} keywords by a cheap TF-IDF over the document's word counts (from the
 * indexing analysis, so no segmentation of its own). The IDF is approximated from HanLP's core dictionary
 * frequency: a word rare in general language is more specific to the document, and a word missing from
 * it (a domain term) counts as rare. Only nouns ({@code n}, {@code nz}, {@code nt}, {@code nl},
 * {@code gi}…) and verbal nouns ({@code vn}) of two or more Han chars count, by their most frequent part
 * of speech in the dictionaries; person and place names are left to other fields; very generic words are
 * stopped; words of the title count double. Costs a dictionary look-up per distinct word. Stateless and
 * thread-safe.
 */
public final class KeywordExtractor {
    static final int MAX_KEYWORDS = 10;
    private static final double DICTIONARY_TOTAL = 2.5e7;
    private static final double TITLE_BOOST = 2.0;
    private static final Set<String> GENERIC = Set.of(
            "工作", "问题", "情况", "方面", "同志", "领导", "进行", "有关", "主要", "要求", "方式", "过程", "能力", "作用",
            "基础", "水平", "机制", "措施", "活动", "任务", "目标", "意见", "条件", "时间", "方法", "部分", "内容",
            "关系", "成绩", "年度", "全年", "今年", "去年", "明年", "时期", "方针", "政策", "规定", "办法", "单位",
            "部门", "本法", "本条例", "人员", "组织", "事项", "期间", "地方", "国家", "人民", "社会", "经济", "群众",
            "同时", "基本", "重点", "实际", "精神", "思想", "意识", "责任", "代表", "会议", "大会", "报告", "总结",
            "事业", "力量", "局面", "形势", "环境", "成效", "效果", "体系", "制度", "建设", "发展", "管理", "服务");

    /** The keywords of a document with this title and these word counts, most important first. */
    public List<String> extract(String title, Map<String, Integer> wordCounts) {
        Map<String, Double> scores = new HashMap<>();
        wordCounts.forEach((word, tf) -> {
            if (!isCandidate(word)) {
                return;
            }
            double idf = Math.log(DICTIONARY_TOTAL / (WordNatures.frequency(word) + 1.0));
            double boost = title.contains(word) ? TITLE_BOOST : 1.0;
            scores.put(word, (1 + Math.log(tf)) * idf * boost);
        });
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_KEYWORDS).map(Map.Entry::getKey).toList();
    }

    private static boolean isCandidate(String word) {
        if (Lines.hanCount(word) < 2 || Lines.hanCount(word) < word.length() || GENERIC.contains(word)) {
            return false;
        }
        String nature = WordNatures.primary(word).orElse("nz");
        boolean noun = nature.startsWith("n") && !nature.startsWith("nr") && !nature.startsWith("ns")
                && !nature.startsWith("nx");
        return noun || nature.startsWith("vn") || nature.startsWith("gi") || nature.startsWith("gm");
    }
}
