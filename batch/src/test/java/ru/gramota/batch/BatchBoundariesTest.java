package ru.gramota.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the batch module, as docs/layout.md states them. */
@AnalyzeClasses(packages = "ru.gramota.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class BatchBoundariesTest {

    /** Each job's package stands alone; what jobs share is {@link BatchJobs} or a feature's service. */
    @ArchTest
    static final ArchRule jobsDoNotUseEachOther =
            slices().matching("ru.gramota.batch.(*)..").should().notDependOnEachOther();

    /** A job calls the features' services, not the administration façade made for the API. */
    @ArchTest
    static final ArchRule jobsDoNotUseTheAdministrationFacade =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("ru.gramota.admin..", "ru.gramota.web..");
}
