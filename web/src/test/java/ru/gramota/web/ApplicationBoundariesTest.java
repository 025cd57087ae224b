package ru.gramota.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of docs/layout.md that need the whole application in view: this module's class path holds
 * the EJB, JMS and batch modules too, so a type is known here by every class of the application that
 * uses it. The rules within the EJB module are checked there ({@code ru.gramota.BoundariesTest}).
 */
@AnalyzeClasses(packages = "ru.gramota", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationBoundariesTest {

    /**
     * What a container creates by reflection or looks up by name, which stays public whoever uses it:
     * EJB session and message-driven beans (the EJB specification requires a public bean class),
     * JAX-RS resources and providers (created through their public constructor), servlets, Faces
     * converters, CDI beans with a name (Expression Language and job XML reach them by reflection),
     * JPA entities and embeddables. CDI beans without a name need not be public.
     */
    static final List<String> CONTAINER_ANNOTATIONS = List.of(
            "jakarta.ejb.Stateless",
            "jakarta.ejb.Stateful",
            "jakarta.ejb.Singleton",
            "jakarta.ejb.MessageDriven",
            "jakarta.ws.rs.Path",
            "jakarta.ws.rs.ApplicationPath",
            "jakarta.ws.rs.ext.Provider",
            "jakarta.servlet.annotation.WebServlet",
            "jakarta.servlet.annotation.WebFilter",
            "jakarta.servlet.annotation.WebListener",
            "jakarta.faces.convert.FacesConverter",
            "jakarta.inject.Named",
            "jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass");

    /**
     * Named in configuration or in an annotation, created by reflection: {@code mp.openapi.filter},
     * {@code @JsonbTypeSerializer}.
     */
    static final List<String> CONFIGURED_TYPES =
            List.of("org.eclipse.microprofile.openapi.OASFilter", "jakarta.json.bind.serializer.JsonbSerializer");

    /**
     * Public for a reason the class files do not show. Each entry says why; keep the list short.
     */
    static final List<String> PUBLIC_FOR_A_REASON = List.of(
            // The integration tests (module it, not on this class path) check signatures with it in the
            // server; the signature feature's entry point for the features to come.
            "ru.gramota.signature.DetachedSignatures",
            // The integration tests' signer (TestSigner, in the test web module, so another class loader:
            // package-private access across loaders fails) makes its keys with the application's provider.
            "ru.gramota.signature.BouncyCastle",
            // The API's one error body, written by JSON-B, which reads a public type's accessors.
            "ru.gramota.web.api.Problem",
            // The search index's fields and analyzers in one class (issue 13): the features that index
            // records use its nested Field and Facet, which ArchUnit counts as types of their own.
            "ru.gramota.search.SearchSchema",
            // A feature's refusals, listed in ejb's ReasonTest (another package) so that every code has
            // its English and Russian text; the calendar's are raised only inside the calendar.
            "ru.gramota.calendar.CalendarReason",
            // The same for the inbox's one refusal.
            "ru.gramota.inbox.InboxReason");

    /**
     * Temporary, issue 12: another change is restructuring the registry and its bodies; the lead
     * removes these once it is merged and the rule holds there too.
     */
    static final List<String> NOT_YET_CHECKED_PACKAGES = List.of();

    static final List<String> NOT_YET_CHECKED_TYPES = List.of();

    private static final DescribedPredicate<JavaClass> containerManaged =
            DescribedPredicate.describe("managed by a container", ApplicationBoundariesTest::isContainerManaged);

    private static final DescribedPredicate<JavaClass> exempt = DescribedPredicate.describe(
            "public for a stated reason or not yet checked",
            type -> PUBLIC_FOR_A_REASON.contains(type.getName())
                    || NOT_YET_CHECKED_TYPES.contains(type.getName())
                    || NOT_YET_CHECKED_PACKAGES.contains(type.getPackageName()));

    /**
     * Created or reached by a container: annotated for it, named in configuration, or the superclass
     * of such a type (Expression Language calls the inherited public methods of a page's bean).
     */
    private static boolean isContainerManaged(JavaClass type) {
        return CONTAINER_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)
                || CONFIGURED_TYPES.stream().anyMatch(type::isAssignableTo)
                || type.getSubclasses().stream().anyMatch(ApplicationBoundariesTest::isContainerManaged);
    }

    /**
     * A public type is part of its package's face when a class of another package uses it, or when a
     * public member of another public type of its package shows it (a parameter, a result, a field);
     * otherwise it should be package-private.
     */
    static final ArchCondition<JavaClass> beUsedOutsideTheirPackage =
            new ArchCondition<>("be used outside their package or shown by a public member of their package") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!usedOutsideItsPackage(type) && !shownByItsPackage(type)) {
                        events.add(SimpleConditionEvent.violated(
                                type,
                                type.getName() + " is public but used only in " + type.getPackageName()
                                        + ": make it package-private"));
                    }
                }
            };

    private static boolean usedOutsideItsPackage(JavaClass type) {
        return type.getDirectDependenciesToSelf().stream()
                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
    }

    private static boolean shownByItsPackage(JavaClass type) {
        return type.getPackage().getClasses().stream()
                .filter(other -> !other.equals(type) && other.getModifiers().contains(JavaModifier.PUBLIC))
                .flatMap(other -> publicSignatureTypes(other).stream())
                .anyMatch(type::equals);
    }

    private static Set<JavaClass> publicSignatureTypes(JavaClass type) {
        Set<JavaClass> shown = new HashSet<>();
        for (JavaMember member : type.getMembers()) {
            if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            if (member instanceof JavaField field) {
                shown.addAll(field.getType().getAllInvolvedRawTypes());
            } else if (member instanceof JavaCodeUnit unit) {
                shown.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                unit.getParameterTypes().forEach(p -> shown.addAll(p.getAllInvolvedRawTypes()));
                unit.getThrowsClause().getTypes().forEach(shown::add);
            }
        }
        return shown;
    }

    @ArchTest
    static final ArchRule publicTypesAreUsedOutsideTheirPackage = classes()
            .that()
            .resideInAPackage("ru.gramota..")
            .and()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .and(DescribedPredicate.not(containerManaged))
            .and(DescribedPredicate.not(exempt))
            .should(beUsedOutsideTheirPackage);

    /** The EJB, JMS and batch modules never reach into the web module: web uses their services. */
    @ArchTest
    static final ArchRule nothingDependsOnTheWebModule = noClasses()
            .that()
            .resideOutsideOfPackage("ru.gramota.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ru.gramota.web..");

    /** Pages and resources call the EJB module's services; they never open the database themselves. */
    @ArchTest
    static final ArchRule webReachesTheDatabaseOnlyThroughServices = noClasses()
            .that()
            .resideInAPackage("ru.gramota.web..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule webPackagesFormNoCycles =
            slices().matching("ru.gramota.web.(**)").should().beFreeOfCycles();
}
