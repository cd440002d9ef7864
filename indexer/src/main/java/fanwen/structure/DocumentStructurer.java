package fanwen.structure;

import com.hankcs.hanlp.seg.common.Term;

import java.util.List;
import java.util.Optional;

/**
 * The structure stage: from a document's text to its {@link StructuredDocument} — outline, passages,
 * title, type, date and year, units and places, keywords and summary. Wires the single-purpose classes
 * of this package and segments the text once (a bounded prefix) for places and keywords. Thread-safe:
 * one instance may serve all worker threads.
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

    /**
     * Structures {@code text}.
     *
     * @param text          the extracted document text; offsets in the result index this string
     * @param fileName      the file's name, used for the title when the text has none
     * @param metadataTitle the title from the file's metadata, used when it looks like a real title
     */
    public StructuredDocument structure(String text, String fileName, Optional<String> metadataTitle) {
        List<HeadingLine> headingLines = headings.detect(text);
        PassageSplitter.Layout layout = splitter.split(text, headingLines);
        TitleInferrer.Title title = titles.infer(text, fileName, metadataTitle);
        String genreTitle = title.source() == TitleInferrer.Source.FIRST_WORDS ? "" : title.text();
        DocumentType type = types.classify(genreTitle, text, headingLines);
        DateExtractor.Dating dating = dates.extract(genreTitle, text, fileName);
        List<Term> terms = Segmenter.prefixTerms(text);
        UnitExtractor.UnitsAndPlaces found = units.extract(genreTitle, text, terms);
        return new StructuredDocument(title.text(), type, dating.date(), dating.year(), found.units(),
                found.places(), keywords.extract(genreTitle, terms),
                summaries.extract(text, title.text(), layout.passages()), layout.outline(), layout.passages());
    }
}
