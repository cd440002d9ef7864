package fanwen.cli;

/** What {@code fanwen dictionary} and {@code fanwen synonyms} do with the list: show it, add to it, take from it. */
enum VocabularyAction {
    LIST,
    ADD,
    REMOVE
}
