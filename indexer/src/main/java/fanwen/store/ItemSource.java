package fanwen.store;

import java.util.Optional;

import fanwen.fingerprint.MinHashSignature;

/** An item whose similar items are wanted: its text, its title (documents) and its MinHash signature. */
public record ItemSource(String id, String text, Optional<String> title, MinHashSignature signature) {
}
