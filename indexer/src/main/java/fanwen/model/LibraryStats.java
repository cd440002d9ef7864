package fanwen.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a library holds.
 *
 * @param documents   documents in the index
 * @param passages    passages in the index
 * @param sizeOnDisk  bytes the index takes
 * @param lastCommit  when the index was last written
 * @param facets      counts of every document by type, year, unit and tag
 */
public record LibraryStats(int documents, int passages, long sizeOnDisk, Optional<Instant> lastCommit,
                           Map<Facet, List<FacetCount>> facets) {

    public LibraryStats {
        facets = Map.copyOf(facets);
    }
}
