package fanwen.server.json;

/**
 * Answer of {@code GET /api/v1/health}: {@code ok}, {@code indexing} while the bundled corpus is indexed on a
 * first start ({@code indexing} then says how far it got; null otherwise), or {@code upgrading} while an index
 * written by an older release is rebuilt from the originals ({@code upgrading} says how far). {@code reanalysing}
 * says how far the documents holding a term added to or removed from the dictionary are analysed again (null
 * otherwise; the library answers meanwhile, so the status stays). {@code writes_need_key} tells a client (the web
 * page) to ask for the API key before a write rather than after a 401.
 */
public record HealthResponse(String status, int documents, int passages, Progress indexing, Progress upgrading,
                             Progress reanalysing, boolean writesNeedKey) {

    /** Files or documents done so far out of the total. */
    public record Progress(int done, int total) {
    }
}
