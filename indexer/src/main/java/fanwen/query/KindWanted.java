package fanwen.query;

import java.util.Set;

import fanwen.model.DocumentType;

/**
 * A kind of document a query asks for (领导讲话, 工作总结, 实施方案 …): the word as typed, the types that are that
 * kind, and the types that come near it (a 汇报 for a 总结, a 政府工作报告 for a 汇报).
 */
public record KindWanted(String word, Set<DocumentType> types, Set<DocumentType> near) {

    public KindWanted {
        types = Set.copyOf(types);
        near = Set.copyOf(near);
    }
}
