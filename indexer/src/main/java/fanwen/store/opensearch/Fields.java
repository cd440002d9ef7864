package fanwen.store.opensearch;

/**
 * The names in the cluster's documents index, as its mapping ({@code documents-index.json}) declares them. One
 * OpenSearch document per Fanwen document, its passages nested in it: OpenSearch writes a nested document as one
 * Lucene block, so a put or delete is atomic for every reader, as the embedded store's block is. Passages as
 * documents of their own, replaced in one bulk request, were seen half replaced in one read of five while another
 * server refreshed, for 8 % less indexing time and 3 % less space ({@code bench/run.sh opensearch-layout},
 * bench/RESULTS.md).
 */
final class Fields {

    /**
     * The version of the mapping this release writes, in the mapping's {@code _meta}: 3 adds the whole sections among
     * the nested passages ({@link #KIND}).
     */
    static final int MAPPING_VERSION = 3;
    static final String META_VERSION = "fanwen_mapping_version";

    // searched and filtered, on the document
    static final String ID = "id";
    static final String TEXT_HASH = "text_hash";
    static final String ORIGIN = "origin";
    static final String TITLE = "title";
    /** The title normalised (as near duplicates compare texts): the other versions of a document share it. */
    static final String TITLE_KEY = "title_key";
    static final String BODY = "body";
    /** The subfield of a text field ({@link #TITLE}, {@link #BODY}) holding its character bigrams. */
    static final String BIGRAM = ".bigram";
    static final String TYPE = "type";
    static final String YEAR = "year";
    /** The date results are sorted by: the date, or 1 January of the year when only the year is known. */
    static final String DATE = "date";
    static final String UNIT = "unit";
    static final String TAG = "tag";
    static final String ISSUER = "issuer";
    static final String DOC_NUMBER_KEY = "doc_number_key";
    /** The near-duplicate signature's bands, base64 (documents only, as in the embedded store). */
    static final String SIGNATURE_BAND = "signature_band";

    /** Kept in the source only (an object the mapping does not index). */
    static final String STORED = "stored";
    static final String SOURCE = "source";
    static final String MEDIA_TYPE = "media_type";
    static final String ORIGINAL_HASH = "original_hash";
    static final String DECLARED = "declared";
    static final String CHARS = "chars";
    static final String PASSAGE_COUNT = "passage_count";
    static final String INDEXED_AT = "indexed_at";
    static final String SUMMARY = "summary";
    static final String OUTLINE = "outline";
    static final String OFFICIAL = "official";
    static final String KEYWORDS = "keywords";
    static final String PLACES = "places";
    static final String DATE_TEXT = "date_text";
    static final String SIGNATURE = "signature";

    /**
     * The nested passages and their own fields, and — marked {@link #KIND} {@link #KIND_SECTION} — the whole sections
     * (version 3).
     */
    static final String PASSAGES = "passages";
    /**
     * What a nested entry is: {@link #KIND_SECTION}, or nothing for a passage. A whole section of a heading with
     * sub-headings ({@code fanwen.structure.Sections}) is found by passage search through its own {@link #HEADING}
     * only: it has no {@link #BODY}, its text is its document's between its {@link #START} and {@link #END}; it is
     * read as a passage is, and nowhere else — not a snippet's passage, not counted, not the check's or similar items'.
     */
    static final String KIND = "kind";
    static final String KIND_SECTION = "section";
    static final String ORDINAL = "ordinal";
    static final String START = "start";
    static final String END = "end";
    static final String HEADING_PATH = "heading_path";
    static final String HEADING = "heading";

    /** The state index's one document: its version grows with every commit; it says when the last one was. */
    static final String COMMIT_DOC = "commit";
    static final String COMMITTED_AT = "committed_at";

    private Fields() {
    }
}
