package com.logicheck.domain;

import java.util.List;

/**
 * 本机故障: the request was sound but this computer could not carry it out — a full disk, a folder that cannot be
 * written, a damaged database. Unlike a refusal the user need not change the request, only the machine; the CLI
 * exits with {@code 3} for it (ADR 0028).
 */
public class LocalFault extends DomainException {
    private static final long serialVersionUID = 1L;

    public LocalFault(Problem problem) {
        super(problem);
    }

    public LocalFault(List<Problem> problems) {
        super(problems);
    }
}
