package fanwen.server.json;

/** Answer of {@code DELETE /api/v1/documents/{id}}. */
public record DeleteResponse(String id, boolean deleted) {
}
