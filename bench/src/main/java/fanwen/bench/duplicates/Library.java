package fanwen.bench.duplicates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import fanwen.engine.Engine;
import fanwen.model.DocumentView;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;

/** The indexed documents the benchmark draws from: id, source, title, text and sentences. */
record Library(List<Doc> docs) {

    /** One indexed document; {@code law} when it came from the shared laws. */
    record Doc(String id, String source, String title, String text, List<String> sentences, boolean law) {
    }

    /** The documents of {@code ingested}; those whose source is in {@code lawSources} are laws. */
    static Library of(Engine engine, List<IngestResult> ingested, java.util.Set<String> lawSources) throws IOException {
        List<Doc> docs = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (IngestResult r : ingested) {
            boolean holdsText = r.status() == IngestStatus.INDEXED || r.status() == IngestStatus.UNCHANGED;
            if (!holdsText || r.id().isEmpty() || !seen.add(r.id().get())) {
                continue; // two identical files are one document
            }
            DocumentView d = engine.document(r.id().get()).orElseThrow();
            docs.add(new Doc(d.id(), d.source(), d.title(), d.text(), Sentences.of(d.text()), lawSources.contains(r.source())));
        }
        return new Library(docs);
    }
}
