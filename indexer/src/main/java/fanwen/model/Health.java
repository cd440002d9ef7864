package fanwen.model;

import java.util.Optional;

/**
 * Whether the library answers, what it holds, whether an index of an older release is being rebuilt, and whether
 * documents are being analysed again after a change of the user's vocabulary.
 *
 * @param documents   documents in the index
 * @param passages    passages in the index
 * @param rebuilding  how far the rebuild of an outdated index got, while one runs
 * @param reanalysing how far the documents holding new or removed terms got, while they are analysed again
 */
public record Health(int documents, int passages, Optional<Progress> rebuilding, Optional<Progress> reanalysing) {
}
