package com.logicheck.suites;

/**
 * The JUnit tags that split the tests into the fast suite ({@code mvn test}: untagged) and the full one
 * ({@code mvn verify}: the fast suite, then everything tagged {@link #DATABASE} or {@link #UI}); ADR 0035. The pom
 * names the same strings.
 */
public final class Suites {
    /** Carried through {@link DatabaseTest}. */
    public static final String DATABASE = "database";
    /** Carried through {@link UiTest}. */
    public static final String UI = "ui";
    /** Carried through {@link DependsOnMachine}: may skip on some machines, and CI lists every skip. */
    public static final String MACHINE = "machine";

    private Suites() {
    }
}
