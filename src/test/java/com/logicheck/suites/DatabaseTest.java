package com.logicheck.suites;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * 数据库测试: the test opens a data folder, an {@code AppContext}, a {@code Database} or runs the CLI on one. Such
 * tests run in the full suite ({@code mvn verify}), not in the fast one ({@code mvn test}); ADR 0035.
 * {@link SuiteTagsTest} fails when a test reaches the database without this tag, or carries it without need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(Suites.DATABASE)
public @interface DatabaseTest {
}
