package fanwen.server;

/**
 * Unique, searchable markers for the documents the robustness tests upload: {@code 标记} + the client and
 * sequence numbers in Chinese digits + {@code 终}, so that an exact-phrase search for one finds that document
 * alone (no marker is the start of another).
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

    private static String digits(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
