package com.logicheck.suites;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * 依赖运行环境: the test (or the class) assumes something of the machine — running as root or not, mounting a tmpfs,
 * an installed tool — and skips where that does not hold. The tag lets {@code mvn surefire:test -Dgroups=machine}
 * run just these, and {@code .ci/run} prints every skipped test at the end, so a skip is never silent (ADR 0035).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(Suites.MACHINE)
public @interface DependsOnMachine {
}
