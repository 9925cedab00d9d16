package com.logicheck.suites;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * 界面测试: the test starts the JavaFX toolkit (TestFX, a stage, FXML, scene-graph nodes). Such tests run in the full
 * suite ({@code mvn verify}), not in the fast one ({@code mvn test}); ADR 0035. {@link SuiteTagsTest} fails when a
 * test reaches the toolkit without this tag, or carries it without need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(Suites.UI)
public @interface UiTest {
}
