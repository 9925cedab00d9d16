package com.logicheck.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** View models hold properties and logic, never controls, so they are tested without a toolkit. */
@AnalyzeClasses(packages = "com.logicheck.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsUseNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Model")
            .or().haveSimpleName("QuantityInput").or().haveSimpleName("AnswerBook").or().haveSimpleName("ChecklistRows")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "javafx.application..", "org.controlsfx..");

    @ArchTest
    static final ArchRule noStaticSingletonsInTheScreens = noClasses()
            .that().resideInAnyPackage("com.logicheck.ui.home..", "com.logicheck.ui.newinspection..",
                    "com.logicheck.ui.checklist..", "com.logicheck.ui.summary..",
                    "com.logicheck.ui.signing..", "com.logicheck.ui.batchexport..", "com.logicheck.ui.verify..")
            .should().accessClassesThat().haveSimpleName("LogiCheckApp");
}
