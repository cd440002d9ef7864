package fanwen.store;

/** What a store holds: whole documents, and the passages cut from them. */
public enum ItemKind {
    DOCUMENT, PASSAGE
}
