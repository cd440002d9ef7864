package fanwen.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.opensearch.common.xcontent.XContentFactory;
import org.opensearch.common.xcontent.XContentHelper;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.bytes.BytesReference;

/** JSON to and from plain maps and lists, with OpenSearch's own parser. */
final class Json {

    private Json() {
    }

    static String write(Map<String, ?> value) {
        try {
            return BytesReference.bytes(XContentFactory.jsonBuilder().map(value)).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> read(String json) {
        return XContentHelper.convertToMap(JsonXContent.jsonXContent, json, false);
    }

    /** The value at a path of keys into nested objects, e.g. {@code at(response, "hits", "hits")}. */
    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> object, String... path) {
        Object value = object;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
