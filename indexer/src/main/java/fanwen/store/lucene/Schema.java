package fanwen.store.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

import fanwen.fingerprint.NormalizedText;
import fanwen.model.Facet;
import fanwen.store.ItemKind;

/**
 * The one place that names every index field and says how it is indexed.
 *
 * <p>A file is stored as a block: its passages as child documents followed by the document itself as the
 * parent (the Lucene block-join convention). Every document of the block carries {@link #BLOCK_ID}, so an
 * update or delete replaces the whole block atomically. Both kinds share the word and title field names
 * ({@link #BODY}, {@link #TITLE}, ...) so that one query works over documents and over passages; they are told apart
 * by {@link #KIND}. Bigrams are the exception ({@link #DOC_BIGRAM}). Filter fields (type, year, unit, tag) are copied onto passages so passage
 * search filters without a join.
 */
public final class Schema {

    /**
     * The version of the schema, the analysis and the extraction: raised whenever a change needs the index rebuilt
     * (a field, how a field is analysed, the dictionary it is segmented with, the text a format is read as). A data
     * folder with an older index is rebuilt from its originals on opening. 1 is the index before versions were
     * recorded; 2 reads Markdown as the text a reader sees; 3 takes printed page numbers and running headers out of
     * the text and indexes the 公文 elements (文号 key, issuing organs); 4 is the lean index: no offsets in the bigram
     * postings, the text stored once (on the document), signature bands on documents only; 5 lays a word's sub-words
     * on the positions of its parts, so that phrases stay exact, and indexes a passage's own heading, not its path; 6
     * keeps no offsets at all (a snippet's words are found in its text, see {@code MatchHighlighter}), stores the
     * text in pieces, one per passage ({@link #TEXT_PIECE}), and keeps positions on passages only
     * for bigrams ({@link #DOC_BIGRAM}); 7 adds the whole sections of headings with sub-headings
     * ({@link #KIND_SECTION}), reads a ladder that starts inside a sequence (二、 after （一）) with the sequence on top,
     * and takes lines of zero-width spaces for blank.
     */
    public static final int VERSION = 7;

    private Schema() {
    }

    // ---- identity
    /** Kind of a Lucene document: {@link #KIND_DOCUMENT}, {@link #KIND_PASSAGE} or {@link #KIND_SECTION}. */
    public static final String KIND = "kind";
    public static final String KIND_DOCUMENT = "doc";
    public static final String KIND_PASSAGE = "passage";
    /**
     * The whole section of a heading with sub-headings ({@code fanwen.structure.Sections}): found by passage search
     * through its own {@link #HEADING} only (no body postings: its text is its passages'), read as a passage is, and
     * nowhere else — not a passage for snippets, counts, the check or similar items.
     */
    public static final String KIND_SECTION = "section";
    /** The document id, on the parent and all its passages: deleting by it removes the whole block. */
    public static final String BLOCK_ID = "block_id";
    /** The id of this Lucene document: the document id, or {@code <docid>-<ordinal>} for a passage. */
    public static final String ID = "id";
    /** Where a file indexed from disk lives (absolute path): a new version of it replaces the old document. */
    public static final String ORIGIN = "origin";
    /** SHA-256 of the normalised extracted text: finds the same text arriving in another file. */
    public static final String TEXT_HASH = "text_hash";

    /**
     * The title folded and stripped of punctuation and spaces: documents sharing it are versions of one
     * another (a law in two dated versions), listed first among similar documents.
     */
    public static final String TITLE_KEY = "title_key";

    // ---- near-duplicate signatures (see fanwen.fingerprint)
    /**
     * The LSH band terms of the text's MinHash signature, on documents only: finds near-duplicate documents.
     * (On passages they would be a tenth of the index; similar passages confirm near duplicates among their
     * candidates on the text instead.)
     */
    public static final String SIGNATURE_BAND = "signature_band";
    /**
     * The MinHash signature itself, stored as bytes on documents only: estimates the resemblance of two
     * candidate documents before their texts are compared. (Passages are short: their texts are compared
     * directly, and storing 504 bytes for each of them would add a quarter to the index.)
     */
    public static final String SIGNATURE = "signature";

    // ---- text fields (analysed)
    /** Title of a document, HanLP index-mode analysed, stored. A passage's is read from its document. */
    public static final String TITLE = "title";
    /** Title, character bigrams, for recall. */
    public static final String TITLE_BIGRAM = "title_bigram";
    /**
     * A passage's own heading — the last of its heading path, the heading of the section it is in — HanLP analysed:
     * a passage matches the words of its own section's heading, never those its ancestors' headings happen to
     * share (a 供应不足 section of a chapter on 存在的问题 is no answer to 存在的问题和不足). Absent on documents.
     */
    public static final String HEADING = "heading";
    /**
     * Full text of the document, or the passage text; HanLP index-mode analysed with positions, not stored (the text
     * is kept once, in {@link #TEXT_PIECE}s). Documents and passages share it, so that one query works over both.
     */
    public static final String BODY = "body";
    /**
     * A passage's text as character bigrams, with positions: catches words inside longer words (简单 in 安装简单) and
     * exact substrings. Passages only: a document's bigrams are {@link #DOC_BIGRAM}.
     */
    public static final String BODY_BIGRAM = "body_bigram";
    /**
     * A document's whole text as character bigrams, with how often each occurs but not where: a document matches one
     * bigram on its own, and a run of bigrams (an exact substring) in one of its passages, which hold the same text
     * with positions. (Bigram positions on both levels cost a sixth of the index.)
     */
    public static final String DOC_BIGRAM = "doc_bigram";

    // ---- filters and facets (doc values)
    public static final String TYPE = Facet.TYPE.key();
    public static final String YEAR = Facet.YEAR.key();
    public static final String UNIT = Facet.UNIT.key();
    public static final String TAG = Facet.TAG.key();
    /** 发文机关, the issuing organs of an official document (a facet and a filter). */
    public static final String ISSUER = Facet.ISSUER.key();
    /** Indexed only: the search key of the 发文字号 (any bracket style finds it), see {@code DocNumbers}. */
    public static final String DOC_NUMBER_KEY = "doc_number_key";
    /** Stored only: the 公文 elements as JSON, see {@link DocumentMetadata#official()}. */
    public static final String OFFICIAL = "official";
    /**
     * The day a document is sorted by (epoch day): its date, or 1 January of its year when only the year is
     * known or the year (from a manifest or an edit) disagrees with the date. A full date is stored as ISO text
     * under {@link #DATE_TEXT}. (Indexes written before 2026-11-28 lack it on year-only documents, which sort
     * last until they are indexed again.)
     */
    public static final String DATE = "date";
    public static final String DATE_TEXT = "date_text";

    // ---- stored only
    public static final String SOURCE = "source";
    public static final String MEDIA_TYPE = "media_type";
    public static final String ORIGINAL_HASH = "original_hash";
    /** Stored only: the metadata declared for the file, as the ingest stage wrote it, for rebuilding. */
    public static final String DECLARED = "declared";
    public static final String PLACES = "places";
    public static final String KEYWORDS = "keywords";
    public static final String SUMMARY = "summary";
    /** The outline as stored JSON: [{level, text, start, end, passage}]. */
    public static final String OUTLINE = "outline";
    public static final String CHARS = "chars";
    public static final String INDEXED_AT = "indexed_at";
    public static final String PASSAGE_COUNT = "passage_count";
    // passages only
    public static final String DOC_ID = "doc_id";
    public static final String ORDINAL = "ordinal";
    public static final String HEADING_PATH = "heading_path";
    public static final String START = "start";
    public static final String END = "end";
    /**
     * Stored only: the text, kept once, in pieces that follow one another — a passage holds the text from the end of
     * the passage before it (the start of the text for the first) to its own end, the document what follows its last
     * passage. A passage's text is the end of its piece ({@link #START}–{@link #END}); a document's, its passages'
     * pieces and its own in order ({@link PassageReader}). So a snippet reads one small passage, and a document hit's
     * title never decompresses its text.
     */
    public static final String TEXT_PIECE = "text_piece";

    /** Separator of a stored heading path; never occurs inside a heading (they are single lines). */
    public static final String HEADING_SEPARATOR = "\n";

    /** The {@link #KIND} of an item of {@code kind}. */
    public static String kind(ItemKind kind) {
        return kind == ItemKind.DOCUMENT ? KIND_DOCUMENT : KIND_PASSAGE;
    }

    /** The value of {@link #TITLE_KEY} for a title. */
    public static String titleKey(String title) {
        return NormalizedText.of(title).toString();
    }

    /** Analysed, stored text with positions (phrases): titles. */
    public static final FieldType STORED_TEXT = textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** Analysed text with positions (phrases), not stored: word bodies, passages' bigrams, headings. */
    public static final FieldType UNSTORED_TEXT = textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    /** Analysed text with frequencies only, not stored: documents' bigrams. */
    public static final FieldType UNSTORED_TERMS = textType(false, IndexOptions.DOCS_AND_FREQS);

    private static FieldType textType(boolean stored, IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
