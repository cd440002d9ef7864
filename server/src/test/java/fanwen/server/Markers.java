package fanwen.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Unique, searchable markers for the documents the robustness tests upload: {@code 标记} + the client and
 * sequence numbers in Chinese digits + {@code 终}. An exact-phrase search for one finds its document, and may
 * find a few others too (a numeral such as 二一一 is indexed with its parts), so tests look for the id among
 * the hits ({@link #found}).
 */
final class Markers {

    private static final String DIGITS = "零一二三四五六七八九";

    private Markers() {
    }

    static String marker(int client, int sequence) {
        return "标记" + digits(client) + "之" + digits(sequence) + "终";
    }

    /** A small work summary holding {@code marker}: unique content, so never a duplicate of another upload. */
    static String document(String marker) {
        return "关于" + marker + "的工作总结\n\n一、主要工作\n今年围绕" + marker + "加强管理，推进改革，落实安全生产责任。\n"
                + "二、下一步打算\n继续做好" + marker + "相关工作，强化监督检查。\n";
    }

    /** Whether the document {@code id} is among the hits of an exact-phrase search for {@code marker}. */
    static boolean found(Http http, String marker, String id) {
        JsonNode hits = http.get("/api/v1/search?size=100&q=" + Http.encode("\"" + marker + "\"")).json().get("hits");
        for (JsonNode hit : hits) {
            if (hit.get("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String digits(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
