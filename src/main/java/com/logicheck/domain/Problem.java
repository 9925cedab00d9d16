package com.logicheck.domain;

import java.util.List;

/**
 * A rule violated by user input or data: a message key of the UI bundles plus its arguments, so the domain
 * stays free of any toolkit while every message reaches the user in Chinese (or English).
 */
public record Problem(String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}
