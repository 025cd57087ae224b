package ru.gramota;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The boundaries between the packages of the EJB module, as docs/layout.md states them ("Rules the
 * packages follow"). The public face of each package is checked in the web module, which sees every
 * module that uses this one ({@code ru.gramota.web.ApplicationBoundariesTest}).
 */
@AnalyzeClasses(packages = "ru.gramota", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    /** Every package is a slice of its own: no package reaches itself again through others. */
    @ArchTest
    static final ArchRule packagesFormNoCycles =
            slices().matching("ru.gramota.(**)").should().beFreeOfCycles();

    /**
     * Features (the first package level below {@code ru.gramota}, with their sub-packages) form no
     * cycle either. Who may read a document is the registry's ({@code registry.access}), asking {@code
     * access} who the reader is and what they hold; {@code access} knows no document.
     */
    @ArchTest
    static final ArchRule featuresFormNoCycles =
            slices().matching("ru.gramota.(*)..").should().beFreeOfCycles();

    /** The platform is what features stand on; it calls none of them. */
    @ArchTest
    static final ArchRule platformDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("ru.gramota.platform..")
            .should()
            .dependOnClassesThat(resideInAPackage("ru.gramota..").and(resideOutsideOfPackage("ru.gramota.platform..")));

    /**
     * A Java migration is frozen: it uses the JDK, Flyway and its own package, never a class of the
     * application, so a later change to the domain cannot make a fresh installation differ from an
     * upgraded one.
     */
    @ArchTest
    static final ArchRule migrationsAreFrozen = classes()
            .that()
            .resideInAPackage("ru.gramota.platform.migration..")
            .or(assignableTo(JavaMigration.class))
            .or(assignableTo(BaseJavaMigration.class))
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.flywaydb..", "ru.gramota.platform.migration..");

    /**
     * The administration façade ({@code ru.gramota.admin}) is for the API and the pages; features do not
     * call it. What they share with it (who the caller is, who administers what) lives in {@code
     * ru.gramota.access}.
     */
    @ArchTest
    static final ArchRule featuresDoNotUseTheAdministrationFacade = noClasses()
            .that()
            .resideOutsideOfPackage("ru.gramota.admin..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ru.gramota.admin..");
}
