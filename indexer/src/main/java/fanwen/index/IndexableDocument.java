package fanwen.index;

import java.util.Optional;

import fanwen.structure.StructuredDocument;

/**
 * Everything that goes into the index for one file: identity, provenance, the text, its structure and
 * the effective metadata.
 *
 * @param id           stable document id, derived from the original file's bytes
 * @param textHash     hash of the normalised text, to recognise the same text in another file
 * @param source       the original file name, or its path relative to the folder that was indexed
 * @param origin       where the file lives for good (absolute path), for files indexed from disk
 * @param originalHash hash under which the original bytes are kept in the originals store
 * @param mediaType    the detected media type
 * @param text         the extracted text; passage and highlight offsets point into it
 * @param structure    outline, passages, keywords, summary
 * @param metadata     title, type, year, date, units and tags as they will be indexed
 * @param declared     the metadata declared for the file (manifest, upload form, user edits) in the form the
 *                     ingest stage reads back when it rebuilds the index from the originals; stored as is
 */
public record IndexableDocument(String id, String textHash, String source, Optional<String> origin,
                                String originalHash, String mediaType,
                                String text, StructuredDocument structure, DocumentMetadata metadata,
                                String declared) {
}
