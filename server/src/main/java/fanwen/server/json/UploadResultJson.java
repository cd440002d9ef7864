package fanwen.server.json;

/**
 * What became of one uploaded file.
 *
 * @param status          {@code indexed}, {@code duplicate} (the same bytes or the same text is already in
 *                        the library) or {@code failed}
 * @param id              the document holding the file's text: the new document, or for a duplicate the one
 *                        already there; null when failed
 * @param duplicateOf     for a duplicate: the document already holding this text
 * @param nearDuplicateOf for a newly indexed file: an existing document saying nearly the same, if any
 * @param error           for a failure: why, in words a user can act on
 */
public record UploadResultJson(String source, String status, String id, String duplicateOf, String nearDuplicateOf,
                               String error) {
}
