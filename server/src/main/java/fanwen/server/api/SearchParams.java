package fanwen.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.javalin.http.Context;

import fanwen.model.Facet;
import fanwen.model.Filters;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;

/**
 * Reads the search parameters shared by {@code /search} and {@code /passages} — {@code q, type, year_from,
 * year_to, unit, tag, sort, page, size} — refusing malformed ones with 400. {@code type}, {@code unit} and
 * {@code tag} may be repeated or comma-separated.
 */
final class SearchParams {

    private SearchParams() {
    }

    static SearchQuery parse(Context ctx, ServerLimits limits) {
        int page = intParam(ctx, "page", 1);
        int size = intParam(ctx, "size", 10);
        if (size < 1 || size > limits.maxPageSize()) {
            throw ApiError.badRequest("每页条数 size 应在 1 到 " + limits.maxPageSize() + " 之间，收到 " + size,
                    "size must be within 1.." + limits.maxPageSize() + ", got " + size);
        }
        String sortName = ctx.queryParam("sort");
        SortOrder sort = sortName == null || sortName.isBlank() ? SortOrder.RELEVANCE
                : SortOrder.parse(sortName).orElseThrow(() ->
                        ApiError.badRequest("排序方式 sort 只能是 relevance（相关度）或 date（日期），收到 '" + sortName + "'",
                                "unknown sort '" + sortName + "': use relevance or date"));
        try {
            Filters filters = new Filters(list(ctx, Facet.TYPE.key()), year(ctx, "year_from"), year(ctx, "year_to"),
                    list(ctx, Facet.UNIT.key()), list(ctx, Facet.TAG.key()), list(ctx, Facet.ISSUER.key()));
            return new SearchQuery(Optional.ofNullable(ctx.queryParam("q")).orElse(""), filters, sort, page, size);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("页码 page 应从 1 开始，且 page × size 不能超过 " + SearchQuery.MAX_RESULT_WINDOW
                    + "：翻页过深时请改用更精确的查询", e.getMessage()); // SearchQuery's own rules
        }
    }

    static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " 应为整数，收到 '" + value + "'",
                    name + " must be a whole number, got '" + value + "'");
        }
    }

    private static Optional<Integer> year(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!value.strip().matches("\\d{4}")) {
            throw ApiError.badRequest(name + " 应为四位数的年份（如 2015），收到 '" + value + "'",
                    name + " must be a four-digit year, got '" + value + "'");
        }
        return Optional.of(Integer.parseInt(value.strip()));
    }

    private static List<String> list(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            for (String part : value.split("[,，]")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }
}
