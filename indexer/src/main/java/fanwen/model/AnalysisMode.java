package fanwen.model;

/** How a text is analysed: as the index stores a body (words and their sub-words) or as a query is split. */
public enum AnalysisMode {
    INDEX, QUERY
}
