package fanwen.structure.gongwen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 公文 elements of GB/T 9704-2012 found in one document's text, each empty when the document does not have it
 * (most documents lack several: only 上行文 name a 签发人, only classified ones a 密级). {@link #recognize(String)}
 * applies the rules of {@link GongwenRecognizer}; it never fails, and on a text that is no 公文 it finds little or
 * nothing.
 *
 * @param copyNumber    份号, e.g. {@code 000123}
 * @param securityLevel 密级和保密期限, e.g. {@code 机密★5年}
 * @param urgency       紧急程度: {@code 特急} or {@code 加急}
 * @param docNumber     发文字号 as printed, e.g. {@code 国办发〔2021〕5号} (its search key: {@link DocNumbers#normalize})
 * @param signer        签发人 (several joined with 、)
 * @param title         标题, its lines joined
 * @param recipients    主送机关, as printed, without the closing colon
 * @param attachments   附件说明: the attachments' names, in order, without their numbers
 * @param issuers       发文机关: the signature's organs (署名), else the organs of the 发文机关标志; the lead organ first
 * @param date          成文日期
 * @param note          附注, e.g. {@code 此件公开发布}, without its brackets
 * @param cc            抄送机关, as printed, without 抄送： and the final 。
 * @param printedBy     印发机关
 * @param printedDate   印发日期
 * @param text          the text without printed page numbers and running headers ({@link PageFurniture})
 * @param removed       the ranges of the input removed to make {@code text}
 */
public record GongwenElements(
        Optional<String> copyNumber,
        Optional<String> securityLevel,
        Optional<String> urgency,
        Optional<String> docNumber,
        Optional<String> signer,
        Optional<String> title,
        Optional<String> recipients,
        List<String> attachments,
        List<String> issuers,
        Optional<LocalDate> date,
        Optional<String> note,
        Optional<String> cc,
        Optional<String> printedBy,
        Optional<LocalDate> printedDate,
        String text,
        List<TextRange> removed) {

    public GongwenElements {
        attachments = List.copyOf(attachments);
        issuers = List.copyOf(issuers);
        removed = List.copyOf(removed);
    }

    /**
     * Recognises the elements of a document's plain text (lines separated by {@code \n}).
     *
     * @param paged whether the text was laid out in pages (PDF, OFD), whose printed page numbers extraction may
     *              already have taken out: then its first line begins a page, for telling running headers
     */
    public static GongwenElements recognize(String text, boolean paged) {
        return GongwenRecognizer.recognize(text, paged);
    }

    /** Recognises the elements of a text that was not laid out in pages (a text file, a word processor's). */
    public static GongwenElements recognize(String text) {
        return recognize(text, false);
    }

    /** The lead issuing organ, the one a facet shows. */
    public Optional<String> issuer() {
        return issuers.stream().findFirst();
    }

    /** The search key of the 文号 ({@link DocNumbers#normalize(String)}). */
    public Optional<String> docNumberKey() {
        return docNumber.flatMap(DocNumbers::normalize);
    }
}
