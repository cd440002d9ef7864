package fanwen.query;

import java.util.ArrayList;
import java.util.List;

import fanwen.analysis.ChineseFolding;

/**
 * The words that head the sections of the genre's documents — 指导思想 基本原则 工作目标 主要任务 保障措施 组织领导
 * 工作要求 · 主要做法 成效 经验 体会 启示 · 存在的问题 不足 下一步 打算 工作思路 …: a query made of them (加强组织领导,
 * 存在的问题和不足, 主要做法 成效) asks for a kind of section to use as a model — a template — rather than for a
 * subject.
 */
public final class SectionWords {

    private static final List<String> WORDS = List.of(
            "指导思想", "总体要求", "基本原则", "工作原则", "目标任务", "工作目标", "主要目标", "总体目标", "主要任务",
            "重点任务", "工作重点", "主要内容", "工作内容", "实施步骤", "工作步骤", "进度安排", "时间安排", "保障措施",
            "组织领导", "组织保障", "工作要求", "有关要求", "工作措施", "主要措施", "具体措施", "职责分工",
            "主要做法", "做法", "成效", "成绩", "经验", "体会", "启示", "亮点", "特色",
            "存在的问题", "问题", "不足", "差距", "下一步", "打算", "工作思路", "工作计划", "意见建议", "对策建议",
            "建议", "背景", "基本情况", "工作开展情况", "开展情况");

    private SectionWords() {
    }

    /** Whether every word and phrase of {@code parsed} holds a section word, and there is at least one. */
    public static boolean asksForSections(ParsedQuery parsed) {
        List<String> parts = new ArrayList<>(parsed.words());
        parts.addAll(parsed.phrases());
        return !parts.isEmpty() && parts.stream().allMatch(SectionWords::holdsOne);
    }

    private static boolean holdsOne(String part) {
        String folded = ChineseFolding.fold(part);
        return WORDS.stream().anyMatch(folded::contains);
    }
}
