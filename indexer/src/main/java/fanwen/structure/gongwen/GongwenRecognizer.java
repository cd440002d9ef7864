package fanwen.structure.gongwen;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that find the 公文 elements, written from the layout of GB/T 9704-2012 before any document was measured:
 * <ul>
 *   <li><b>版头</b> (the head, before the title). Lines made only of 份号 (six digits, §7.2.1), 密级和保密期限
 *       ({@code 机密★5年}, §7.2.2) and 紧急程度 ({@code 特急}, {@code 加急}, §7.2.3) open the document. Then the
 *       发文机关标志 (§7.2.4: the organ's name, usually followed by 文件; joint documents list several organs), then the
 *       发文字号 on a line of its own (§7.2.5), with 签发人：name(s) on the same line or the next (§7.2.6, 上行文 only).
 *       A 文号 is looked for in the first 12 lines only, and only on a line that holds nothing else but a 签发人, so
 *       a 文号 quoted in the body (请示 收悉) is never taken for the document's own.</li>
 *   <li><b>主体</b>. The 标题 (§7.3.1) is the first one to four lines after the 文号 (or the 标志, or the top), ending
 *       at the line that ends with a kind of document (通知, 意见, 决定, 报告, 请示, 批复, 函, 纪要 …, optionally with a
 *       bracketed remark). The 主送机关 (§7.3.2) is the line after the title when it ends with a colon. The 附件说明
 *       (§7.3.4) is the line {@code 附件：…} and the numbered lines under it. The 成文日期 (§7.3.5) is the first line
 *       after the title that is only a date (Arabic digits, or Chinese numerals as before 2012); the 发文机关署名 is
 *       the line (or two) just above it that names organs; several organs on one line are separated by spaces. The
 *       附注 (§7.3.6) is a bracketed line right under the date.</li>
 *   <li><b>版记</b> (§7.4, the end). {@code 抄送：…} up to the 印发 line, and
 *       {@code 印发机关  YYYY年M月D日印发}.</li>
 *   <li>发文机关: the organs of the signature; without one, those of the 标志 (without 文件 or 会议纪要).</li>
 * </ul>
 * Page numbers and running headers are removed first ({@link PageFurniture}).
 */
final class GongwenRecognizer {

    private static final int HEAD_LINES = 12;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern GAP = Pattern.compile("[\\s\\u3000\\u00A0]{2,}");
    private static final Pattern COPY_NUMBER = Pattern.compile("(?:份号[:：]?)?(\\d{6})");
    private static final Pattern SECURITY = Pattern.compile("(绝密|机密|秘密)(?:[★☆*](\\S{1,6}))?");
    private static final Pattern URGENCY = Pattern.compile("特急|加急|特提|平急");
    private static final Pattern SIGNER = Pattern.compile("签\\s*发\\s*人\\s*[:：]\\s*(.*)$");
    private static final Pattern KIND = Pattern.compile(
            "(通知|意见|决定|报告|请示|批复|复函|函|纪要|通报|公告|通告|命令|令|议案|决议|公报|办法|方案|规定|规则|细则|条例|规划"
                    + "|计划|要点|决议|批示|答复)([（(][^）)]{1,30}[）)])?$");
    private static final Pattern KIND_ANYWHERE = Pattern.compile(
            "(通知|意见|决定|报告|请示|批复|复函|函|纪要|通报|公告|通告|命令|议案|决议|公报|办法|方案|规定|规则|细则|条例|规划|计划|要点)"
                    + "([（(][^）)]{1,30}[）)])?");
    private static final Pattern ARABIC_DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "([〇○零Ｏ一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern ORGAN = Pattern.compile(
            ".*(人民政府|政府|办公厅|办公室|委员会|委|厅|局|部|院|署|会|处|科|所|中心|公司|集团|大学|学院|学校|中学|小学|医院|银行"
                    + "|党委|党组|总队|支队|大队|站|馆|社|团|协会|工会|管委会|办事处|街道|乡|镇|镇人民政府|组|室|司|行|府)");
    private static final Pattern PUNCTUATION = Pattern.compile("[。，；：！？,;:!?、“”\"《》]");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附\\s*件\\s*[:：]\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.．、]\\s*(.+)$");
    private static final Pattern CC = Pattern.compile("^抄\\s*送\\s*[:：]\\s*(.*)$");
    private static final Pattern PRINTED = Pattern.compile(
            "^(.+?)\\s*((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*印\\s*发$");
    private static final Pattern NOTE = Pattern.compile("^[（(](.{2,60})[）)]$");

    private GongwenRecognizer() {
    }

    static GongwenElements recognize(String input, boolean paged) {
        PageFurniture.Stripped stripped = PageFurniture.strip(input, paged);
        List<String> lines = new ArrayList<>(
                stripped.text().lines().map(GongwenRecognizer::tidy).filter(l -> !l.isEmpty()).toList());
        Builder b = new Builder();
        int i = headMarkers(lines, b);
        int docLine = docNumberLine(lines, i);
        if (docLine >= 0) {
            unglueSigner(lines, docLine, markIssuers(lines.subList(i, docLine)));
        }
        List<String> markIssuers = List.of();
        int titleStart = i;
        if (docLine >= 0) {
            String residual = lines.get(docLine);
            Matcher signer = SIGNER.matcher(residual);
            if (signer.find()) {
                residual = residual.substring(0, signer.start()).strip();
            }
            b.docNumber = DocNumbers.find(residual).map(DocNumbers.Found::text).map(GongwenRecognizer::compact);
            markIssuers = markIssuers(lines.subList(i, docLine));
            titleStart = docLine + 1;
            titleStart = signer(lines, docLine, titleStart, b);
        } else if (i < lines.size() && isMark(lines.get(i))) {
            markIssuers = markIssuers(lines.subList(i, i + 1));
            titleStart = i + 1;
            if (lines.get(i).endsWith("纪要") && (titleStart >= lines.size() || !endsWithKind(lines.get(titleStart)))) {
                b.title = Optional.of(compact(lines.get(i)));
                titleStart = i; // the 纪要 标志 is its title; nothing more to skip
            }
        }
        int titleEnd = b.title.isPresent() ? titleStart : title(lines, titleStart, b);
        int bodyStart = recipients(lines, titleEnd + 1, b);
        int dateLine = dateLine(lines, bodyStart, b);
        List<String> signature = dateLine >= 0 ? signature(lines, dateLine, bodyStart) : List.of();
        b.issuers = !signature.isEmpty() ? signature : markIssuers;
        if (dateLine >= 0 && dateLine + 1 < lines.size()) {
            Matcher note = NOTE.matcher(lines.get(dateLine + 1));
            if (note.matches()) {
                b.note = Optional.of(note.group(1).strip());
            }
        }
        attachments(lines, bodyStart, dateLine >= 0 ? dateLine : lines.size(), b);
        imprint(lines, Math.max(bodyStart, dateLine + 1), b);
        return new GongwenElements(b.copyNumber, b.securityLevel, b.urgency, b.docNumber, b.signer, b.title,
                b.recipients, b.attachments, b.issuers, b.date, b.note, b.cc, b.printedBy, b.printedDate,
                stripped.text(), stripped.removed());
    }

    /** Consumes the leading lines made only of 份号, 密级 and 紧急程度; returns the first line after them. */
    private static int headMarkers(List<String> lines, Builder b) {
        int i = 0;
        while (i < Math.min(lines.size(), 6)) {
            String line = lines.get(i).replaceAll("\\s*([★☆*])\\s*", "$1");
            boolean allMarkers = true;
            Builder found = new Builder();
            for (String token : SPACES.split(line)) {
                Matcher copy = COPY_NUMBER.matcher(token);
                Matcher security = SECURITY.matcher(token);
                if (copy.matches()) {
                    found.copyNumber = Optional.of(copy.group(1));
                } else if (security.matches()) {
                    found.securityLevel = Optional.of(token);
                } else if (URGENCY.matcher(token).matches()) {
                    found.urgency = Optional.of(token);
                } else {
                    allMarkers = false;
                    break;
                }
            }
            if (!allMarkers) {
                break;
            }
            found.copyNumber.ifPresent(v -> b.copyNumber = Optional.of(v));
            found.securityLevel.ifPresent(v -> b.securityLevel = Optional.of(v));
            found.urgency.ifPresent(v -> b.urgency = Optional.of(v));
            i++;
        }
        return i;
    }

    /** The line among the first ones that holds a 文号 and nothing else but a 签发人; -1 if none. */
    private static int docNumberLine(List<String> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + HEAD_LINES); i++) {
            String line = lines.get(i);
            Matcher signer = SIGNER.matcher(line);
            String residual = signer.find() ? line.substring(0, signer.start()) : line;
            if (!residual.isBlank() && DocNumbers.isDocNumber(compact(residual))) {
                return i;
            }
        }
        return -1;
    }

    /** 签发人 on the 文号 line, the line before or the lines after; returns where the title may start. */
    private static int signer(List<String> lines, int docLine, int next, Builder b) {
        int after = next;
        for (int i = Math.max(0, docLine - 1); i <= Math.min(lines.size() - 1, docLine + 1); i++) {
            Matcher m = SIGNER.matcher(lines.get(i));
            if (m.find()) {
                List<String> names = new ArrayList<>(names(m.group(1)));
                if (i > docLine) {
                    after = i + 1;
                }
                // further signers on lines of their own, each a short name
                while (after < lines.size() && lines.get(after).length() <= 4 && !PUNCTUATION.matcher(lines.get(after)).find()
                        && !endsWithKind(lines.get(after))) {
                    names.addAll(names(lines.get(after)));
                    after++;
                }
                if (!names.isEmpty()) {
                    b.signer = Optional.of(String.join("、", names));
                }
                return after;
            }
        }
        return after;
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split("[\\s\\u3000、，,]+")).filter(s -> !s.isBlank()).toList();
    }

    /** The organs of a 发文机关标志: its lines and space-separated parts, without 文件 or 会议纪要. */
    private static List<String> markIssuers(List<String> markLines) {
        List<String> issuers = new ArrayList<>();
        for (String line : markLines) {
            for (String part : GAP.split(line)) {
                String organ = compact(part).replaceAll("(联合)?文件$", "").replaceAll("(工作|常务|办公|专题|党组|党委)?(会议)?纪要$", "");
                if (organ.length() >= 2 && !PUNCTUATION.matcher(organ).find() && ORGAN.matcher(organ).matches()) {
                    issuers.add(organ);
                }
            }
        }
        return issuers;
    }

    private static boolean isMark(String line) {
        String compact = compact(line);
        return compact.length() <= 40 && !compact.startsWith("关于") && !PUNCTUATION.matcher(compact).find()
                && (compact.endsWith("文件") || compact.endsWith("纪要"));
    }

    /**
     * Revision R2 (after measuring): a 文号 line whose 签发人 runs on into the title — a PDF's line joiner glues a
     * full-width line to the next — is cut where the name of an organ of the 标志 begins, the rest becoming a line.
     */
    private static void unglueSigner(List<String> lines, int docLine, List<String> organs) {
        for (int i = docLine; i <= Math.min(lines.size() - 1, docLine + 1); i++) {
            Matcher signer = SIGNER.matcher(lines.get(i));
            if (!signer.find()) {
                continue;
            }
            String names = signer.group(1);
            int cut = organs.stream().mapToInt(names::indexOf).filter(at -> at > 0).min().orElse(-1);
            if (cut > 0) {
                String line = lines.get(i);
                lines.set(i, line.substring(0, signer.start(1) + cut).strip());
                lines.add(i + 1, line.substring(signer.start(1) + cut).strip());
            }
            return;
        }
    }

    /**
     * Revisions R1 and R5 (after measuring): a title glued to the line behind it — the 主送机关 (R1) or, without one,
     * the first sentence of the body (R5) — by a PDF's or OFD's line joiner is cut after the first kind of document
     * after 关于 that no 的 和 与 及 、 continues, when the rest ends with a colon or holds a full stop; the rest
     * becomes a line of its own.
     */
    private static void unglueTitle(List<String> lines, int index) {
        String line = lines.get(index);
        int about = line.indexOf("关于");
        if (about < 0 || !(line.endsWith("：") || line.endsWith(":") || line.contains("。"))) {
            return;
        }
        Matcher kind = KIND_ANYWHERE.matcher(line);
        for (int from = about; kind.find(from); from = kind.end()) {
            String rest = line.substring(kind.end());
            if (rest.length() < 3 || "的和与及、".indexOf(rest.charAt(0)) >= 0) {
                continue;
            }
            if (rest.endsWith("：") || rest.endsWith(":") || rest.contains("。")) {
                lines.set(index, line.substring(0, kind.end()).strip());
                lines.add(index + 1, rest.strip());
            }
            return;
        }
    }

    /** Finds the title from {@code start}; returns the index of its last line (start - 1 when there is none). */
    private static int title(List<String> lines, int start, Builder b) {
        for (int end = start; end < Math.min(lines.size(), start + 4); end++) {
            unglueTitle(lines, end);
            String line = lines.get(end);
            if (line.endsWith("。") || line.endsWith("：") || line.endsWith(":")) {
                break;
            }
            if (endsWithKind(line)) {
                StringBuilder title = new StringBuilder();
                lines.subList(start, end + 1).forEach(l -> title.append(compact(l)));
                b.title = Optional.of(title.toString());
                return end;
            }
        }
        return start - 1;
    }

    private static boolean endsWithKind(String line) {
        return KIND.matcher(compact(line)).find() && !PUNCTUATION.matcher(line.replaceAll("[《》“”、]", "")).find();
    }

    /** The 主送机关 after the title, on one line or two; returns the first line of the body. */
    private static int recipients(List<String> lines, int from, Builder b) {
        for (int end = from; end < Math.min(lines.size(), from + 2); end++) {
            String line = lines.get(end);
            if (line.contains("。")) {
                break;
            }
            if (line.endsWith("：") || line.endsWith(":")) {
                StringBuilder text = new StringBuilder();
                lines.subList(from, end + 1).forEach(l -> text.append(l.strip()));
                String value = text.substring(0, text.length() - 1).strip();
                if (!value.isEmpty() && !value.startsWith("附件")) {
                    b.recipients = Optional.of(value);
                    return end + 1;
                }
                break;
            }
        }
        return from;
    }

    /** The first line after the title that is a date only; -1 if none. */
    private static int dateLine(List<String> lines, int from, Builder b) {
        for (int i = from; i < lines.size(); i++) {
            Optional<LocalDate> date = wholeDate(compact(lines.get(i)));
            if (date.isPresent()) {
                b.date = date;
                return i;
            }
        }
        return -1;
    }

    /** The organs named on the line (or two) above the 成文日期. */
    private static List<String> signature(List<String> lines, int dateLine, int bodyStart) {
        List<String> organs = new ArrayList<>();
        for (int i = dateLine - 1; i >= Math.max(bodyStart, dateLine - 2); i--) {
            List<String> onLine = organs(lines.get(i));
            if (onLine.isEmpty()) {
                break;
            }
            organs.addAll(0, onLine);
        }
        return organs;
    }

    /** The organ names of a signature line, or none when the line is anything else. */
    private static List<String> organs(String line) {
        if (line.length() > 60 || PUNCTUATION.matcher(line).find() || line.startsWith("附件")
                || NUMBERED.matcher(line).matches()) {
            return List.of();
        }
        List<String> organs = new ArrayList<>();
        for (String part : GAP.split(line)) {
            String organ = compact(part);
            if (organ.length() < 2 || !ORGAN.matcher(organ).matches()) {
                return List.of();
            }
            organs.add(organ);
        }
        return organs;
    }

    /** 附件说明: {@code 附件：name} or {@code 附件：1. name} with numbered lines under it. */
    private static void attachments(List<String> lines, int from, int to, Builder b) {
        for (int i = from; i < to; i++) {
            Matcher note = ATTACHMENT_NOTE.matcher(lines.get(i));
            if (!note.matches()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            String first = note.group(1).strip();
            Matcher numbered = NUMBERED.matcher(first);
            if (!first.isEmpty()) {
                names.add(attachmentName(numbered.matches() ? numbered.group(2) : first));
            }
            if (first.isEmpty() || numbered.matches()) {
                for (int j = i + 1; j < to; j++) {
                    Matcher item = NUMBERED.matcher(lines.get(j));
                    if (!item.matches()) {
                        break;
                    }
                    names.add(attachmentName(item.group(2)));
                }
            }
            b.attachments = names;
            return;
        }
    }

    private static String attachmentName(String text) {
        return compact(text).replaceAll("[。；;]$", "");
    }

    /** 版记: 抄送 and the 印发 line. */
    private static void imprint(List<String> lines, int from, Builder b) {
        for (int i = lines.size() - 1; i >= from; i--) {
            Matcher printed = PRINTED.matcher(lines.get(i));
            if (printed.matches()) {
                b.printedBy = Optional.of(compact(printed.group(1)));
                b.printedDate = wholeDate(compact(printed.group(2)));
                break;
            }
        }
        for (int i = from; i < lines.size(); i++) {
            Matcher cc = CC.matcher(lines.get(i));
            if (cc.matches()) {
                StringBuilder text = new StringBuilder(cc.group(1).strip());
                for (int j = i + 1; j < lines.size() && !text.toString().endsWith("。"); j++) {
                    String next = lines.get(j);
                    if (PRINTED.matcher(next).matches() || next.contains("：") || next.contains(":")) {
                        break;
                    }
                    text.append(next.strip());
                }
                String value = text.toString().replaceAll("[。.]$", "").strip();
                if (!value.isEmpty()) {
                    b.cc = Optional.of(value);
                }
                return;
            }
        }
    }

    /** The date a string consists of, Arabic or in Chinese numerals; empty when it is anything more. */
    static Optional<LocalDate> wholeDate(String text) {
        try {
            Matcher arabic = ARABIC_DATE.matcher(text);
            if (arabic.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(arabic.group(1)), Integer.parseInt(arabic.group(2)),
                        Integer.parseInt(arabic.group(3))));
            }
            Matcher chinese = CHINESE_DATE.matcher(text);
            if (chinese.matches()) {
                int year = 0;
                for (char c : chinese.group(1).toCharArray()) {
                    year = year * 10 + digit(c);
                }
                return Optional.of(LocalDate.of(year, chineseNumber(chinese.group(2)), chineseNumber(chinese.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 2月30日: not a date
        }
        return Optional.empty();
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '○', '零', 'Ｏ' -> 0;
            default -> "一二三四五六七八九".indexOf(c) + 1;
        };
    }

    /** 一 … 九, 十, 十一 … 十九, 二十 … 三十一. */
    private static int chineseNumber(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return digit(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return tens * 10 + ones;
    }

    /** Spaces of every kind unified, runs of two or more kept as a gap of two, the ends trimmed. */
    private static String tidy(String line) {
        String unified = line.replace('\u3000', ' ').replace('\t', ' ').replace('\u00A0', ' ').strip();
        return GAP.matcher(unified).replaceAll("  ");
    }

    /** Without any space. */
    private static String compact(String text) {
        return SPACES.matcher(text).replaceAll("");
    }

    /** The elements as they are found; all empty at first. */
    private static final class Builder {
        Optional<String> copyNumber = Optional.empty();
        Optional<String> securityLevel = Optional.empty();
        Optional<String> urgency = Optional.empty();
        Optional<String> docNumber = Optional.empty();
        Optional<String> signer = Optional.empty();
        Optional<String> title = Optional.empty();
        Optional<String> recipients = Optional.empty();
        List<String> attachments = List.of();
        List<String> issuers = List.of();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> note = Optional.empty();
        Optional<String> cc = Optional.empty();
        Optional<String> printedBy = Optional.empty();
        Optional<LocalDate> printedDate = Optional.empty();
    }
}
