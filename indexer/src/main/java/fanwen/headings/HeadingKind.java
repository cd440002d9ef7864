package fanwen.headings;

/**
 * The rungs of a Chinese document's heading ladder, as recognised by {@link HeadingDetector}. A kind says
 * how a heading is written, not how deep it is: depth is assigned per document, mostly by order of first
 * appearance (see {@code HeadingDetector}). An enumeration 一是…二是… is a rung only where it starts a line; inside a
 * paragraph it stays in the paragraph.
 */
public enum HeadingKind {
    /** Markdown {@code #} to {@code ######}, by number of hashes. */
    MARKDOWN_1, MARKDOWN_2, MARKDOWN_3, MARKDOWN_4, MARKDOWN_5, MARKDOWN_6,
    /** 第一编 (the outermost legal division). */
    PART,
    /** 第一章. */
    CHAPTER,
    /** 第一节. */
    SECTION,
    /** 第一条 — a law article; its text continues on the same line. */
    ARTICLE,
    /** 一、 */
    CHINESE_NUMBER,
    /** （一） */
    PAREN_CHINESE_NUMBER,
    /** 1、 */
    ARABIC_COMMA,
    /** 1. or 1． */
    ARABIC_DOT,
    /** （1） */
    PAREN_ARABIC,
    /** ① */
    CIRCLED,
    /** 一是 … 十是 at the start of a line; the heading is its first clause. */
    ENUMERATION,
    /** A short line without final punctuation between paragraphs, typically bold in the original. */
    SHORT_LINE;

    /** Kinds whose relative depth is fixed by law-drafting convention (编 › 章 › 节 › 条), whatever their order of appearance. */
    public boolean isLegal() {
        return this == PART || this == CHAPTER || this == SECTION || this == ARTICLE;
    }

    public boolean isMarkdown() {
        return name().startsWith("MARKDOWN_");
    }
}
