package com.logicheck.architecture;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.RectificationRoles;
import com.logicheck.domain.sync.RecordConflictDecision;
import com.logicheck.persistence.jooq.Tables;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;

/** The package boundaries of STYLE.md, enforced. */
@AnalyzeClasses(packages = "com.logicheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndScoringArePure = noClasses()
            .that().resideInAnyPackage("com.logicheck.domain..", "com.logicheck.scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.pdfbox..",
                    "org.h2..", "com.fasterxml..", "java.sql..", "java.awt..", "javax.imageio..",
                    "com.logicheck.persistence..", "com.logicheck.ui..", "com.logicheck.app..",
                    "com.logicheck.service..", "com.logicheck.catalog..");

    @ArchTest
    static final ArchRule onlyPersistenceTouchesJooq = noClasses()
            .that().resideOutsideOfPackage("com.logicheck.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheCompositionRoot = noClasses()
            .that().resideInAPackage("com.logicheck.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.logicheck.app..");

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("com.logicheck.ui..", "com.logicheck.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCli = noClasses()
            .that().resideOutsideOfPackage("com.logicheck.app..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    /** One clock (ADR 0031): "now" comes from the context's Clock, which only Clocks makes from the machine's. */
    @ArchTest
    static final ArchRule nowComesFromTheContextsClock = noClasses()
            .that().doNotHaveFullyQualifiedName("com.logicheck.app.Clocks")
            .should().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now").orShould().callMethod(YearMonth.class, "now")
            .orShould().callMethod(Year.class, "now").orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now").orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Calendar.class, "getInstance")
            .orShould().callConstructor(Date.class);

    /** The change history is append-only: only ChangeLog (which offers no update or delete) touches its table. */
    @ArchTest
    static final ArchRule onlyChangeLogWritesTheHistory = noClasses()
            .that().doNotHaveFullyQualifiedName("com.logicheck.persistence.ChangeLog")
            .and().resideOutsideOfPackage("com.logicheck.persistence.jooq..")
            .should().accessField(Tables.class, "CHANGE_LOG");

    @ArchTest
    static final ArchRule onlyPdfUsesPdfBoxAndBouncyCastle = noClasses()
            .that().resideOutsideOfPackage("com.logicheck.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
                    "org.apache.xmpbox..", "org.bouncycastle..");

    /** ZXing draws the QR codes of place labels (issue 16): confined to the PDF writers like PDFBox. */
    @ArchTest
    static final ArchRule onlyPdfUsesZxing = noClasses()
            .that().resideOutsideOfPackage("com.logicheck.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.zxing..");

    @ArchTest
    static final ArchRule pdfKnowsNoDatabaseServiceOrScreens = noClasses()
            .that().resideInAPackage("com.logicheck.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("com.logicheck.persistence..", "com.logicheck.service..",
                    "com.logicheck.ui..", "com.logicheck.app..", "com.logicheck.catalog..");

    @ArchTest
    static final ArchRule onlyXlsxUsesPoi = noClasses()
            .that().resideOutsideOfPackage("com.logicheck.xlsx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..");

    @ArchTest
    static final ArchRule onlyFilesReadsPhotoMetadata = noClasses()
            .that().resideOutsideOfPackage("com.logicheck.files..")
            .should().dependOnClassesThat().resideInAnyPackage("com.drew..", "com.adobe.internal.xmp..");

    @ArchTest
    static final ArchRule xlsxKnowsNoDatabaseServiceOrScreens = noClasses()
            .that().resideInAPackage("com.logicheck.xlsx..")
            .should().dependOnClassesThat().resideInAnyPackage("com.logicheck.persistence..", "com.logicheck.service..",
                    "com.logicheck.ui..", "com.logicheck.app..", "com.logicheck.catalog..");

    @ArchTest
    static final ArchRule syncHasNoScreens = noClasses()
            .that().resideInAPackage("com.logicheck.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.logicheck.ui..",
                    "com.logicheck.app..");

    /**
     * One sync engine (ADR 0033): the merge decisions of signed records and reference data are made by the deciders
     * in {@code sync}; persistence only reads and writes, and never reaches for a decider (nor anything in sync).
     */
    @ArchTest
    static final ArchRule noMergeDecisionInPersistence = noClasses()
            .that().resideInAPackage("com.logicheck.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("com.logicheck.sync..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Decider");

    @ArchTest
    static final ArchRule theMergeDecidersLiveInSync = classes()
            .that().haveSimpleNameEndingWith("MergeDecider")
            .should().resideInAPackage("com.logicheck.sync");

    /** The sync screens talk to the sync engine and services, not to repositories or PDF types (ADR 0033). */
    @ArchTest
    static final ArchRule syncScreensUseNoRepositoryOrPdf = noClasses()
            .that().resideInAPackage("com.logicheck.ui.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("com.logicheck.persistence..", "com.logicheck.pdf..");

    /**
     * Repositories read and write rows; who may do what is decided by the one permission policy, asked by the services
     * (ADR 0032); the sync steps' role rules are the record merge decider's in {@code sync} (ADR 0033).
     */
    @ArchTest
    static final ArchRule persistenceHoldsNoRoleCheck = noClasses()
            .that().resideInAPackage("com.logicheck.persistence..")
            .should().callMethod(Role.class, "mayActAs", Role.class)
            .orShould().callMethod(Role.class, "mayActAsAny", Collection.class)
            .orShould().callMethod(Role.class, "supervises")
            .orShould().callMethod(RecordConflictDecision.class, "mayDecide", Role.class)
            .orShould().callMethod(RecordConflictDecision.class, "refusal", Role.class, String.class,
                    RecordConflictDecision.Resolution.class, String.class, String.class, String.class)
            .orShould().dependOnClassesThat().belongToAnyOf(AccessPolicy.class, Permission.class,
                    RectificationRoles.class)
            .because("a repository only reads and writes; the service asks the permission policy (ADR 0032)");

    /**
     * Repositories read and write rows; a decision of the domain — an aggregate's or a rule class's
     * {@code require…}/{@code decide…}, such as the inspection lifecycle's {@code requireRelievable} — is asked by the
     * service on what it read through the repository in the same unit of work (ADR 0032, 0037). The lifecycle's write
     * guard ({@code InspectionLifecycleRows}) hands the aggregate's step on as a value to re-ask after a lost race;
     * that is no call of a decision and passes.
     */
    @ArchTest
    static final ArchRule persistenceAsksNoDomainDecision = noClasses()
            .that().resideInAPackage("com.logicheck.persistence..")
            .should().callMethodWhere(target(declaredIn(resideInAPackage("com.logicheck.domain..")))
                    .and(target(nameMatching("(require|decide)[A-Z].*"))))
            .orShould().dependOnClassesThat(resideInAPackage("com.logicheck.domain..")
                    .and(simpleNameEndingWith("Rules")))
            .because("a repository only reads and writes; the service asks the domain (ADR 0032)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("com.logicheck.(*)..").should().beFreeOfCycles();

    /** The screens' features among themselves (ADR 0034). */
    @ArchTest
    static final ArchRule noCyclesBetweenScreenFeatures =
            slices().matching("com.logicheck.ui.(*)..").should().beFreeOfCycles();

    /** As above, with the classes directly in {@code ui} (window, screen factory) as a slice of their own. */
    @ArchTest
    static final ArchRule noCyclesBetweenTheWindowAndItsFeatures =
            slices().assignedFrom(UiBoundaries.UI_SLICES).should().beFreeOfCycles();

    /** The screens talk to services and their read models only (ADR 0034). */
    @ArchTest
    static final ArchRule uiTalksToServicesOnly = UiBoundaries.UI_TALKS_TO_SERVICES_ONLY;
}
