package fanwen.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fanwen.model.DocumentType;
import fanwen.model.OfficialElements;
import fanwen.structure.gongwen.GongwenElements;

/**
 * The structure stage: from a document's text to its {@link StructuredDocument} — outline, passages,
 * title, type, date and year, units and places, keywords and summary. Wires the single-purpose classes
 * of this package. Places and keywords are read from the document's word counts, which the indexer has
 * from its own analysis, so structuring costs no second segmentation. Thread-safe: one instance may serve
 * all worker threads.
 */
public final class DocumentStructurer {
    private final HeadingDetector headings = new HeadingDetector();
    private final PassageSplitter splitter = new PassageSplitter();
    private final TitleInferrer titles = new TitleInferrer();
    private final TypeClassifier types = new TypeClassifier();
    private final DateExtractor dates = new DateExtractor();
    private final UnitExtractor units = new UnitExtractor();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final SummaryExtractor summaries = new SummaryExtractor();

    /** Structures {@code text}, recognising its 公文 elements in it; see the five-argument form. */
    public StructuredDocument structure(String text, String fileName, Optional<String> metadataTitle,
                                        Map<String, Integer> wordCounts) {
        return structure(text, fileName, metadataTitle, wordCounts, GongwenElements.recognize(text));
    }

    /**
     * Structures {@code text}. An official document's 标题 is its title, its 成文日期 its date and its 发文机关 its
     * issuing units; its other 公文 elements come with the structure.
     *
     * @param text          the document text, without printed page numbers and running headers; offsets in the
     *                      result index this string
     * @param fileName      the file's name, used for the title when the text has none
     * @param metadataTitle the title the file declares, as extraction cleaned it; used unless it has no
     *                      letter or is too long for a title
     * @param wordCounts    how often each word of the text occurs, in order of first occurrence
     * @param official      the 公文 elements recognised in the text ({@link GongwenElements#recognize})
     */
    public StructuredDocument structure(String text, String fileName, Optional<String> metadataTitle,
                                        Map<String, Integer> wordCounts, GongwenElements official) {
        List<HeadingLine> headingLines = headings.detect(text);
        PassageSplitter.Layout layout = splitter.split(text, headingLines);
        TitleInferrer.Title inferred = titles.infer(text, fileName, metadataTitle);
        boolean officialTitle = official.docNumber().isPresent() && official.title().isPresent();
        String title = officialTitle ? official.title().get() : inferred.text();
        String genreTitle = officialTitle || inferred.source() != TitleInferrer.Source.FIRST_WORDS ? title : "";
        DocumentType type = types.classify(genreTitle, text, headingLines);
        DateExtractor.Dating dating = dates.extract(genreTitle, text, fileName);
        Optional<LocalDate> date = official.date().or(dating::date);
        Optional<Integer> year = official.date().map(LocalDate::getYear).or(dating::year);
        UnitExtractor.UnitsAndPlaces found = units.extract(genreTitle, text, wordCounts);
        // an official document's issuing units are its 发文机关, not every organ its 主送 and 抄送 name
        List<String> issuingUnits = official.issuers().isEmpty() ? found.units() : official.issuers();
        return new StructuredDocument(title, type, date, year, issuingUnits, found.places(),
                keywords.extract(genreTitle, wordCounts), summaries.extract(text, title, layout.passages()),
                layout.outline(), layout.passages(), elementsOf(official));
    }

    private static OfficialElements elementsOf(GongwenElements found) {
        return new OfficialElements(found.docNumber(), found.issuers(), found.signer(), found.recipients(),
                found.cc(), found.securityLevel(), found.urgency(), found.copyNumber(), found.attachments(),
                found.printedBy(), found.printedDate());
    }
}
