package fanwen.model;

import java.util.List;

/** Words that can replace each other in a query (河长制, 河湖长制): a query word also finds its group's other words. */
public record SynonymGroup(List<String> words) {

    public SynonymGroup {
        words = List.copyOf(words);
    }
}
