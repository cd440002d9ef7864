/**
 * Kingsoft WPS Office files (.wps, .et, .dps): which are read through the Word, Excel and PowerPoint parsers, and
 * the per-file error for WPS's own older formats.
 *
 * <p>Imports only Tika; nothing of a later stage.
 */
package fanwen.extract.wps;
