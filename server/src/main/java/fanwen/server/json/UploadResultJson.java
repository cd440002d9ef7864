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
 * @param error           for a failure: what happened and what to do, in Chinese, for the user
 * @param detail          for a failure: the parser's own words (or the detected media type), for whoever looks
 *                        into it; null when there are none
 */
public record UploadResultJson(String source, String status, String id, String duplicateOf, String nearDuplicateOf,
                               String error, String detail) {
}
