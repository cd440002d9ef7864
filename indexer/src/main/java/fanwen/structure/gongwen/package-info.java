/**
 * The elements of a Chinese official document (公文) laid out after GB/T 9704-2012: 发文字号, 发文机关, 成文日期, 签发人,
 * 主送/抄送机关, 密级, 紧急程度 … recognised in a document's plain text ({@link fanwen.structure.gongwen.GongwenElements}),
 * the printed page numbers and running headers taken out of it first ({@link fanwen.structure.gongwen.PageFurniture}),
 * and 文号 normalised so that any bracket style finds the same document ({@link fanwen.structure.gongwen.DocNumbers}).
 * Pure functions of text: no index, no Tika.
 *
 * <p>Imports nothing of the engine: the structure stage calls it.
 */
package fanwen.structure.gongwen;
