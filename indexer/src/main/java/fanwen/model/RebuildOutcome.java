package fanwen.model;

import java.util.List;

/**
 * What a rebuild of an index written by an older release did.
 *
 * @param documents the documents in the index afterwards
 * @param failed    documents that could not be rebuilt, each with the reason (none when it switched)
 * @param switched  whether the rebuilt index replaced the old one
 */
public record RebuildOutcome(int documents, List<String> failed, boolean switched) {

    public RebuildOutcome {
        failed = List.copyOf(failed);
    }
}
