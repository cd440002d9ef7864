package fanwen.server.json;

import java.util.List;

/** Answer of {@code POST /api/v1/analyze}: the tokens of the text in the mode asked for. */
public record AnalyzeResponse(String mode, List<Token> tokens) {

    /** One token: term, char offsets {@code start}..{@code end} in the text, position, type. */
    public record Token(String term, int start, int end, int position, String type) {
    }
}
