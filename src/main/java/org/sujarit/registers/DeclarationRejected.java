package org.sujarit.registers;

import java.util.List;

/** A yearly declaration that breaks rules, with every problem, so that the form shows them all at once. */
public class DeclarationRejected extends RuntimeException {

    private final List<DeclarationDraft.Problem> problems;

    public DeclarationRejected(List<DeclarationDraft.Problem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<DeclarationDraft.Problem> problems() {
        return problems;
    }
}
