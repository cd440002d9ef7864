package fanwen.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document Fanwen tells apart, with the Chinese label users see and filter by. */
public enum DocumentType {
    SUMMARY("总结"),
    SPEECH("讲话"),
    PLAN("方案"),
    NOTICE("通知"),
    OPINION("意见"),
    REPORT("报告"),
    BRIEFING("汇报"),
    SURVEY("调研报告"),
    REGULATION("法规"),
    OTHER("其他");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /** The Chinese label, e.g. 总结; this is what the index stores and the API returns. */
    public String label() {
        return label;
    }

    /** The type whose label is {@code label}, if any. */
    public static Optional<DocumentType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
