package fanwen.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

/**
 * Finds the issuing units and the places of a document, at bounded cost.
 *
 * <p>Units: a signature line among the last lines that is an organisation name (ending in 人民政府,
 * 委员会, 办公室, 局, 厅, 总工会, 党委, 学校 … optionally followed by a date, e.g. "梅河口市总工会
 * 2015年12月"); then an organisation name at the start of the title; then HanLP's organisation
 * recognition ({@code nt}) over the title, the first {@value #HEAD_LINES} lines and the signature lines,
 * keeping the names that end like an organisation's.
 * Places: words of the document that HanLP's dictionaries know as place names ({@code ns}), most
 * frequent first. Stateless and thread-safe.
 */
public final class UnitExtractor {
    static final int MAX_UNITS = 5;
    static final int MAX_PLACES = 10;
    private static final int HEAD_LINES = 3;
    private static final int TAIL_LINES = 5;
    private static final int MAX_SNIPPET = 80; // organisation recognition is slow: look at short lines only
    private static final int MAX_SIGNATURE_LINE = 40;

    private static final String SUFFIXES = "人民政府|人民代表大会常务委员会|人民代表大会|委员会|办公室|办公厅|总工会|工会|党委|党组|"
            + "人民法院|人民检察院|公安局|局|厅|署|部|学校|学院|大学|中学|小学|幼儿园|医院|集团|公司|研究院|中心|协会|联合会|支部|政府";
    private static final String DATE_TAIL = "[\\s\u3000]*(?:[0-9０-９〇○零一二三四五六七八九十]{2,4}\\s*年.*)?$";
    private static final Pattern SIGNATURE = Pattern.compile(
            "^([\\p{IsHan}（）()]{2,30}?(?:" + SUFFIXES + "))" + DATE_TAIL);
    private static final Pattern TITLE_UNIT = Pattern.compile(
            "^(?:[0-9０-９]{4}年)?([\\p{IsHan}]{2,20}?(?:" + SUFFIXES + "))(?=关于|[0-9０-９]{4}年|[\\p{IsHan}]{2,})");

    /** An organisation name ends like one: HanLP also tags phrases such as 以促进农业科技 as organisations. */
    private static final Pattern ORGANISATION_END = Pattern.compile(
            "(?:" + SUFFIXES + "|院|会|社|所|站|队|委|办|处|科|室|团|组|行|馆|台)$");
    /**
     * HanLP also tags phrases like 很多工会, 基层工会 or 以促进农业科技 as organisations; these are not names. Only
     * for its guesses: a signature line such as 和平区人民政府 or 本溪市人民政府 is trusted as written.
     */
    private static final Pattern VAGUE_START = Pattern.compile("^(很多|许多|各级|各类|各|基层|有关|相关|该|本|我|这|那|其他|一些|部分|广大|全体|[一二三四五六七八九十]+届"
            + "|以|在|对|为|从|向|将|把|按|经|由|与|和|及|并|所|选派|促进|加强|推动)");
    /** A title that opens with 在 (在…会议上的讲话) or a verb names an occasion, not its issuing unit. */
    private static final Pattern TITLE_LEAD = Pattern.compile("^(在|选派|关于)");
    /** Words that end like an organisation (部, 台) but name people or things. */
    private static final Pattern NOT_AN_ORGANISATION_END = Pattern.compile("(干部|平台)$");

    /** Issuing units and places found. */
    public record UnitsAndPlaces(List<String> units, List<String> places) {
    }

    /** Units and places of a document; {@code wordCounts} are its words in order of first occurrence. */
    public UnitsAndPlaces extract(String title, String text, Map<String, Integer> wordCounts) {
        return new UnitsAndPlaces(units(title, text), places(wordCounts));
    }

    private static List<String> units(String title, String text) {
        List<Lines.Line> lines = Lines.nonBlank(text, 0, text.length());
        List<String> signature = new ArrayList<>();
        for (Lines.Line l : lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size())) {
            if (l.length() <= MAX_SIGNATURE_LINE) {
                signature.add(l.of(text));
            }
        }
        Set<String> units = new LinkedHashSet<>();
        for (String line : signature) {
            Matcher m = SIGNATURE.matcher(line);
            if (m.matches() && isName(m.group(1))) { // a signature line is trusted: 和平区人民政府, 本溪市…
                units.add(m.group(1));
            }
        }
        Matcher inTitle = TITLE_UNIT.matcher(title);
        if (inTitle.find() && isName(inTitle.group(1)) && !TITLE_LEAD.matcher(inTitle.group(1)).find()) {
            units.add(inTitle.group(1));
        }
        List<String> snippets = new ArrayList<>();
        snippets.add(title);
        lines.stream().limit(HEAD_LINES).map(l -> l.of(text))
                .map(s -> s.length() > MAX_SNIPPET ? s.substring(0, MAX_SNIPPET) : s).forEach(snippets::add);
        snippets.addAll(signature);
        for (String snippet : snippets) {
            for (Term t : Segmenter.withOrganisations(snippet)) {
                if (t.nature.startsWith("nt") && t.word.length() >= 3 && ORGANISATION_END.matcher(t.word).find()
                        && isName(t.word) && !VAGUE_START.matcher(t.word).find()) {
                    units.add(t.word);
                }
            }
        }
        return units.stream().filter(u -> units.stream().noneMatch(o -> o.length() > u.length() && o.endsWith(u)))
                .limit(MAX_UNITS).toList();
    }

    /** Whether a candidate names an organisation rather than people or a thing (干部, 平台). */
    private static boolean isName(String unit) {
        return !NOT_AN_ORGANISATION_END.matcher(unit).find();
    }

    private static List<String> places(Map<String, Integer> wordCounts) {
        List<String> places = new ArrayList<>();
        wordCounts.forEach((word, count) -> {
            if (word.length() >= 2 && WordNatures.primary(word).filter(n -> n.startsWith("ns")).isPresent()) {
                places.add(word);
            }
        });
        // a stable sort keeps the order of first occurrence among equally frequent places
        places.sort((a, b) -> Integer.compare(wordCounts.get(b), wordCounts.get(a)));
        return places.stream().limit(MAX_PLACES).toList();
    }
}
