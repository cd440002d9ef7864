package fanwen.structure;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks up to {@value #MAX_KEYWORDS} keywords by a cheap TF-IDF over the shared prefix segmentation. The
 * IDF is approximated from HanLP's core dictionary frequency: a word rare in general language is more
 * specific to the document, and a word missing from the dictionary (a new or domain term) counts as rare.
 * Only nouns ({@code n}, {@code nz}, {@code nt}, {@code nl}, {@code gi}…) and verbal nouns ({@code vn}) of
 * two or more chars count; person and place names are left to other fields; very generic words are
 * stopped; words of the title count double. Costs a dictionary look-up per distinct term — far less than
 * the segmentation it reuses. Stateless and thread-safe.
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

    /** The keywords of a document with this title, from its shared prefix terms, most important first. */
    public List<String> extract(String title, List<Term> prefixTerms) {
        Map<String, Integer> termFrequency = new HashMap<>();
        for (Term t : prefixTerms) {
            if (isCandidate(t)) {
                termFrequency.merge(t.word, 1, Integer::sum);
            }
        }
        Map<String, Double> scores = new HashMap<>();
        termFrequency.forEach((word, tf) -> {
            double idf = Math.log(DICTIONARY_TOTAL / (CoreDictionary.getTermFrequency(word) + 1.0));
            double boost = title.contains(word) ? TITLE_BOOST : 1.0;
            scores.put(word, (1 + Math.log(tf)) * idf * boost);
        });
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_KEYWORDS).map(Map.Entry::getKey).toList();
    }

    private static boolean isCandidate(Term t) {
        if (t.word.length() < 2 || Lines.hanCount(t.word) < 2 || GENERIC.contains(t.word)) {
            return false;
        }
        boolean noun = t.nature.startsWith('n') && !t.nature.startsWith("nr") && !t.nature.startsWith("ns")
                && !t.nature.startsWith("nx");
        return noun || t.nature.startsWith("vn") || t.nature.startsWith("gi") || t.nature.startsWith("gm");
    }
}
