package fanwen.server.json;

import java.util.List;

/** Answer of {@code POST /api/v1/documents}: one result per {@code file} part, in the order sent. */
public record UploadResponse(List<UploadResultJson> results) {
}
