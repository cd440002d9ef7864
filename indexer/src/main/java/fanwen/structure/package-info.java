/**
 * The second stage: the text of a document to its structure — heading ladder, outline and passages with their
 * heading paths, title, document type, date, units, places, keywords and summary.
 *
 * <p>May import the model and the heading markers; must not import extraction's parsers, the index, search or any
 * later stage.
 */
package fanwen.structure;
