package fanwen.store;

import java.util.Optional;

import fanwen.fingerprint.MinHashSignature;

/** An item that shares a signature band with a source, and its stored signature where one is kept (documents). */
public record BandCandidate(String id, Optional<MinHashSignature> signature) {
}
