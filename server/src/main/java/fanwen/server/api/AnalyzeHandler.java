package fanwen.server.api;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.model.AnalysisMode;
import fanwen.model.Token;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;
import fanwen.server.json.AnalyzeResponse;
import fanwen.server.work.HeavyWork;

/**
 * {@code POST /api/v1/analyze {"text","mode":"index|query"}}: the tokens of a text, for dictionary tuning;
 * analysed on the pool for heavy work (a text may have 100,000 characters).
 */
final class AnalyzeHandler {

    private final Engine engine;
    private final ServerLimits limits;
    private final ObjectMapper json;
    private final HeavyWork heavyWork;

    AnalyzeHandler(Engine engine, ServerLimits limits, ObjectMapper json, HeavyWork heavyWork) {
        this.engine = engine;
        this.limits = limits;
        this.json = json;
        this.heavyWork = heavyWork;
    }

    void analyze(Context ctx) throws Exception {
        JsonNode body = TextBody.read(ctx, json, "{\"text\":\"…\",\"mode\":\"index|query\"}");
        String text = body.get("text").asText();
        TextBody.requireAtMost(text, limits.maxAnalyzeChars());
        String modeName = body.path("mode").isTextual() ? body.get("mode").asText().toLowerCase(Locale.ROOT) : "index";
        AnalysisMode mode = switch (modeName) {
            case "index" -> AnalysisMode.INDEX;
            case "query" -> AnalysisMode.QUERY;
            default -> throw ApiError.badRequest("未知的分析模式 '" + modeName + "'：只能是 index 或 query",
                    "unknown mode '" + modeName + "': use index or query");
        };
        List<Token> tokens = heavyWork.run(() -> engine.analyze(text, mode));
        ctx.json(new AnalyzeResponse(modeName, tokens.stream()
                .map(t -> new AnalyzeResponse.Token(t.term(), t.start(), t.end(), t.position(), t.type())).toList()));
    }
}
