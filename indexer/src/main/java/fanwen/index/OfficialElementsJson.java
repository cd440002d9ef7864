package fanwen.index;

import static fanwen.index.JsonFields.text;
import static fanwen.index.JsonFields.texts;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.model.OfficialElements;

/**
 * The 公文 elements as members of a JSON object, under the API's names ({@code doc_number}, {@code issuers},
 * {@code signer}, {@code recipients}, {@code cc}, {@code security_level}, {@code urgency}, {@code copy_number},
 * {@code attachments}, {@code printed_by}, {@code printed_date}); absent elements left out. The form the index stores
 * (the store keeps it as JSON) and the data folder's declared metadata and edits keep.
 */
public final class OfficialElementsJson {

    private OfficialElementsJson() {
    }

    /** Adds the present elements of {@code elements} to {@code node}. */
    public static void write(ObjectNode node, OfficialElements elements) {
        elements.docNumber().ifPresent(v -> node.put("doc_number", v));
        list(node, "issuers", elements.issuers());
        elements.signer().ifPresent(v -> node.put("signer", v));
        elements.recipients().ifPresent(v -> node.put("recipients", v));
        elements.cc().ifPresent(v -> node.put("cc", v));
        elements.securityLevel().ifPresent(v -> node.put("security_level", v));
        elements.urgency().ifPresent(v -> node.put("urgency", v));
        elements.copyNumber().ifPresent(v -> node.put("copy_number", v));
        list(node, "attachments", elements.attachments());
        elements.printedBy().ifPresent(v -> node.put("printed_by", v));
        elements.printedDate().ifPresent(v -> node.put("printed_date", v.toString()));
    }

    /** The elements among the members of {@code node}; none when it has none. */
    public static OfficialElements read(JsonNode node) {
        return new OfficialElements(text(node, "doc_number"), texts(node, "issuers"), text(node, "signer"),
                text(node, "recipients"), text(node, "cc"), text(node, "security_level"), text(node, "urgency"),
                text(node, "copy_number"), texts(node, "attachments"), text(node, "printed_by"),
                text(node, "printed_date").map(LocalDate::parse));
    }

    private static void list(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            values.forEach(node.putArray(name)::add);
        }
    }
}
