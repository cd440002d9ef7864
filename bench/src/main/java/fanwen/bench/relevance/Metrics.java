package fanwen.bench.relevance;

import java.util.List;
import java.util.Map;

/**
 * The measures of one ranked list against graded judgments (grade > 0 is relevant): MRR@10, nDCG@10
 * (gain 2^grade − 1, log2 discount), Success@1, Success@10 and Recall@100.
 */
record Metrics(double mrr10, double ndcg10, double success1, double success10, double recall100) {

    static final List<String> NAMES = List.of("MRR@10", "nDCG@10", "Success@1", "Success@10", "Recall@100");

    static Metrics of(List<String> ranked, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        double rr = 0;
        double dcg = 0;
        int found100 = 0;
        for (int i = 0; i < ranked.size() && i < 100; i++) {
            int grade = grades.getOrDefault(ranked.get(i), 0);
            if (grade <= 0) {
                continue;
            }
            found100++;
            if (i < 10) {
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
                dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
            }
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        boolean first = !ranked.isEmpty() && grades.getOrDefault(ranked.get(0), 0) > 0;
        return new Metrics(rr, idcg == 0 ? 0 : dcg / idcg, first ? 1 : 0, rr > 0 ? 1 : 0,
                relevant == 0 ? 0 : (double) found100 / relevant);
    }

    static Metrics mean(List<Metrics> all) {
        int n = Math.max(1, all.size());
        return new Metrics(all.stream().mapToDouble(Metrics::mrr10).sum() / n,
                all.stream().mapToDouble(Metrics::ndcg10).sum() / n,
                all.stream().mapToDouble(Metrics::success1).sum() / n,
                all.stream().mapToDouble(Metrics::success10).sum() / n,
                all.stream().mapToDouble(Metrics::recall100).sum() / n);
    }

    List<Double> values() {
        return List.of(mrr10, ndcg10, success1, success10, recall100);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
