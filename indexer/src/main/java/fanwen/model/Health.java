package fanwen.model;

import java.util.Optional;

/**
 * Whether the library answers, what it holds, and whether an index of an older release is being rebuilt.
 *
 * @param documents  documents in the index
 * @param passages   passages in the index
 * @param rebuilding how far the rebuild of an outdated index got, while one runs
 */
public record Health(int documents, int passages, Optional<Progress> rebuilding) {
}
