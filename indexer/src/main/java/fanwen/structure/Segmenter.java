package fanwen.structure;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * The one HanLP segmentation the structure stage makes of a document: a bounded prefix, with offsets, so
 * that places and keywords share it and a very long document costs no more than its first
 * {@value #PREFIX} chars. Organisation recognition, which is slower, is offered separately for the few
 * short snippets where issuing units appear. One HanLP segment per thread, so it is thread-safe.
 */
final class Segmenter {
    static final int PREFIX = 20_000;

    private static final ThreadLocal<Segment> PLAIN = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enableOffset(true));
    private static final ThreadLocal<Segment> ORGANISATIONS = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true));

    private Segmenter() {
    }

    /** Terms of the first {@value #PREFIX} chars of {@code text}, with offsets into it. */
    static List<Term> prefixTerms(String text) {
        return PLAIN.get().seg(text.length() <= PREFIX ? text : text.substring(0, PREFIX));
    }

    /** Terms of a short snippet, with organisation and place names recognised. */
    static List<Term> withOrganisations(String snippet) {
        return ORGANISATIONS.get().seg(snippet);
    }
}
