package fanwen.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything shown for one document: its metadata, outline, keywords, summary and full text.
 *
 * @param outline  the heading tree; each heading names the first passage under it
 * @param official the 公文 elements (文号, 发文机关 …), none for a document that is not an official one
 */
public record DocumentView(String id, String title, String source, String type, Optional<Integer> year,
                             Optional<String> date, List<String> units, List<String> tags, List<String> places,
                             String mediaType, int chars, int passageCount, String indexedAt,
                             List<String> keywords, String summary, List<OutlineNode> outline,
                           OfficialElements official, String text) {

    public DocumentView {
        units = List.copyOf(units);
        tags = List.copyOf(tags);
        places = List.copyOf(places);
        keywords = List.copyOf(keywords);
        outline = List.copyOf(outline);
    }

    /**
     * One heading of the outline with the headings below it.
     *
     * @param passageId the id of the first passage under the heading ({@code <docid>-<ordinal>}), if any
     * @param start     char offset of the heading in the document text
     * @param end       exclusive end offset of the heading
     */
    public record OutlineNode(String text, int level, int start, int end, Optional<String> passageId,
                              List<OutlineNode> children) {
    }
}
