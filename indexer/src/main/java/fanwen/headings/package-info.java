/**
 * How the rungs of a Chinese heading ladder (第一章, 一、, （一）, 1、 …) are marked: the one definition both extraction
 * (not to glue a heading onto the line before) and the structure stage read.
 *
 * <p>Imports nothing of the engine.
 */
package fanwen.headings;
