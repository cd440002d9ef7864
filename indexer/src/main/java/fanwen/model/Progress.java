package fanwen.model;

/** How far a long piece of work got: {@code done} of {@code total}. */
public record Progress(int done, int total) {
}
