package com.logicheck.domain;

import java.util.List;

/** Input refused by a domain rule. Carries one or more {@link Problem}s for the UI to translate. */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public DomainException(Problem problem) {
        this(List.of(problem));
    }

    public DomainException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public Problem first() {
        return problems.get(0);
    }
}
