/**
 * The user's own vocabulary: the terms of the user dictionary and the groups of synonyms, checked and put in their
 * normal form ({@link fanwen.vocabulary.VocabularyRules}), stored in the data folder
 * ({@link fanwen.vocabulary.VocabularyFiles}), and put in effect for the analysis of texts and queries
 * ({@link fanwen.vocabulary.UserVocabulary}), which reports the words whose segmentation changed.
 *
 * <p>May import the model, the analysis module and what is indexed; must not import the store, ingest, search,
 * similar, check, the engine or the server.
 */
package fanwen.vocabulary;
