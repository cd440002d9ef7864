package fanwen.bench.duplicates;

import java.util.List;
import java.util.Random;

/**
 * The small edits a writer makes to a sentence taken from an old document: a reworded phrase, other
 * punctuation, two clauses swapped, the year moved on.
 */
final class Edits {

    /** Synonym pairs of this genre used for rewording (either direction). */
    private static final List<String[]> SYNONYMS = List.of(
            new String[]{"加强", "强化"}, new String[]{"推进", "推动"}, new String[]{"提高", "提升"},
            new String[]{"开展", "组织"}, new String[]{"落实", "贯彻"}, new String[]{"工作", "任务"},
            new String[]{"进一步", "持续"}, new String[]{"认真", "切实"}, new String[]{"积极", "主动"},
            new String[]{"建立", "构建"}, new String[]{"完善", "健全"}, new String[]{"重要", "关键"},
            new String[]{"有关", "相关"}, new String[]{"实施", "执行"}, new String[]{"单位", "部门"},
            new String[]{"应当", "必须"}, new String[]{"规定", "要求"}, new String[]{"促进", "带动"});
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private Edits() {
    }

    /** The sentence with one phrase reworded: a synonym where one occurs, else two characters replaced. */
    static String reword(String sentence, Random random) {
        for (int tries = 0; tries < SYNONYMS.size(); tries++) {
            String[] pair = SYNONYMS.get(random.nextInt(SYNONYMS.size()));
            int side = random.nextInt(2);
            int at = sentence.indexOf(pair[side]);
            if (at >= 0) {
                return sentence.substring(0, at) + pair[1 - side] + sentence.substring(at + pair[side].length());
            }
        }
        int at = middleHan(sentence, random);
        if (at < 0) {
            return sentence;
        }
        return sentence.substring(0, at) + COMMON.charAt(random.nextInt(COMMON.length()))
                + COMMON.charAt(random.nextInt(COMMON.length())) + sentence.substring(at + 2);
    }

    /** The sentence with other punctuation: commas become enumeration commas or spaces, the stop a semicolon. */
    static String repunctuate(String sentence, Random random) {
        String out = sentence.replace('，', random.nextBoolean() ? '、' : ' ');
        return out.endsWith("。") ? out.substring(0, out.length() - 1) + "；" : out;
    }

    /** The sentence with its first two clauses swapped, if it has two. */
    static String swapClauses(String sentence) {
        int comma = sentence.indexOf('，');
        int second = comma < 0 ? -1 : sentence.indexOf('，', comma + 1);
        if (comma <= 0 || second < 0) {
            return sentence;
        }
        return sentence.substring(comma + 1, second) + "，" + sentence.substring(0, comma) + sentence.substring(second);
    }

    /** Years 1990–2029 moved on by one: last year's text with this year's dates. */
    static String nextYear(String text) {
        StringBuilder out = new StringBuilder(text.length());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19[9]\\d|20[0-2]\\d)年").matcher(text);
        while (m.find()) {
            m.appendReplacement(out, (Integer.parseInt(m.group(1)) + 1) + "年");
        }
        return m.appendTail(out).toString();
    }

    private static int middleHan(String s, Random random) {
        for (int tries = 0; tries < 20; tries++) {
            int at = s.length() / 4 + random.nextInt(Math.max(1, s.length() / 2));
            if (at + 1 < s.length() && Character.isIdeographic(s.charAt(at)) && Character.isIdeographic(s.charAt(at + 1))) {
                return at;
            }
        }
        return -1;
    }
}
