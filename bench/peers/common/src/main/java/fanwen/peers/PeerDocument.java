package fanwen.peers;

/**
 * One document as the peers index it.
 *
 * @param id    its path under the folder it was read from ({@code reports/…}, {@code laws/…})
 * @param title its manifest title, or its file name
 * @param body  its text as stored in the file
 */
public record PeerDocument(String id, String title, String body) {
}
