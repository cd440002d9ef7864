package fanwen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The elements of a Chinese official document (公文, GB/T 9704-2012) that are not the title, the date or the type:
 * each empty when the document does not have it. Found in a document's first and last lines, and editable by the
 * user like the other metadata.
 *
 * @param docNumber     发文字号 as printed, e.g. {@code 国办发〔2021〕5号}
 * @param issuers       发文机关, the lead organ first
 * @param signer        签发人
 * @param recipients    主送机关
 * @param cc            抄送机关
 * @param securityLevel 密级和保密期限, e.g. {@code 机密★5年}
 * @param urgency       紧急程度: 特急 or 加急
 * @param copyNumber    份号
 * @param attachments   附件说明: the attachments' names, in order
 * @param printedBy     印发机关
 * @param printedDate   印发日期
 */
public record OfficialElements(Optional<String> docNumber, List<String> issuers, Optional<String> signer,
                               Optional<String> recipients, Optional<String> cc, Optional<String> securityLevel,
                               Optional<String> urgency, Optional<String> copyNumber, List<String> attachments,
                               Optional<String> printedBy, Optional<LocalDate> printedDate) {

    /** None of the elements. */
    public static final OfficialElements NONE = new OfficialElements(Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Optional.empty());

    public OfficialElements {
        issuers = List.copyOf(issuers);
        attachments = List.copyOf(attachments);
    }

    /** These elements, each one absent here taken from {@code other}. */
    public OfficialElements orElse(OfficialElements other) {
        return new OfficialElements(docNumber.or(other::docNumber), issuers.isEmpty() ? other.issuers : issuers,
                signer.or(other::signer), recipients.or(other::recipients), cc.or(other::cc),
                securityLevel.or(other::securityLevel), urgency.or(other::urgency), copyNumber.or(other::copyNumber),
                attachments.isEmpty() ? other.attachments : attachments, printedBy.or(other::printedBy),
                printedDate.or(other::printedDate));
    }

    /** The lead issuing organ, if any. */
    public Optional<String> issuer() {
        return issuers.stream().findFirst();
    }
}
