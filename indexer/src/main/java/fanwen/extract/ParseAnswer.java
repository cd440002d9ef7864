package fanwen.extract;

/** What a parser process answers for a file it read, when the answer is not an {@link ExtractionException}. */
sealed interface ParseAnswer {

    /** The file's text and metadata. */
    record Parsed(Extraction extraction) implements ParseAnswer {
    }

    /** The file is plain text of this media type (whatever its name): the parent decodes it itself. */
    record PlainText(String mediaType) implements ParseAnswer {
    }
}
