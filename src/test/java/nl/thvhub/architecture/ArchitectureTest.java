package nl.thvhub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;

import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.huisverbod.service.ZaakfeitenBron;
import nl.thvhub.huisverbod.service.Zaakgrenzen;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.service.Ontvangst;
import nl.thvhub.privacy.Disclosure;

/**
 * The package dependency rules of the hub (README, "Architecture"): features on top, then the case aggregate, then
 * privacy, audit and platform; thin api adapters; persistence private to its feature.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.thvhub");
    }

    @Test
    void layers_only_depend_downwards() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("features")
                .definedBy("nl.thvhub.strafrecht..", "nl.thvhub.signalen..", "nl.thvhub.statistiek..", "nl.thvhub.zorg..",
                        "nl.thvhub.werkplek..", "nl.thvhub.uhg..", "nl.thvhub.opvolging..")
                .layer("huisverbod").definedBy("nl.thvhub.huisverbod..")
                .layer("notificaties").definedBy("nl.thvhub.notificaties..")
                .layer("privacy").definedBy("nl.thvhub.privacy..")
                .layer("audit").definedBy("nl.thvhub.audit..")
                .layer("platform").definedBy("nl.thvhub.platform..")
                .whereLayer("features").mayNotBeAccessedByAnyLayer()
                .whereLayer("huisverbod").mayOnlyBeAccessedByLayers("features")
                .whereLayer("notificaties").mayOnlyBeAccessedByLayers("huisverbod", "features")
                .whereLayer("privacy").mayOnlyBeAccessedByLayers("notificaties", "huisverbod", "features")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("privacy", "notificaties", "huisverbod", "features")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void api_adapters_never_touch_persistence_or_the_database() {
        noClasses().that().resideInAPackage("..api..").should().dependOnClassesThat()
                .resideInAnyPackage("..persistence..", "nl.thvhub.platform.sql..", "io.vertx.mutiny.sqlclient..",
                        "io.vertx.sqlclient..")
                .check(classes);
    }

    @Test
    void a_feature_never_reaches_into_another_features_persistence() {
        slices().matching("nl.thvhub.(*)..").should().notDependOnEachOther().ignoreDependency(
                com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("..persistence.."))
                .check(classes);
    }

    @Test
    void only_services_and_persistence_use_the_database_client() {
        noClasses().that().resideOutsideOfPackages("..service..", "..persistence..", "nl.thvhub.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx.mutiny.sqlclient..").check(classes);
    }

    @Test
    void only_persistence_runs_sql() {
        DescribedPredicate<JavaMethodCall> sql = DescribedPredicate.describe("run SQL",
                call -> (call.getName().equals("preparedQuery") || call.getName().equals("query"))
                        && call.getTargetOwner().isAssignableTo(SqlClient.class));
        // platform.sql.Parameters runs the statements persistence hands it (named parameters), and only persistence may
        // hand it any
        noClasses().that().resideOutsideOfPackage("..persistence..").and()
                .doNotHaveFullyQualifiedName(nl.thvhub.platform.sql.Parameters.class.getName()).should()
                .callMethodWhere(sql).check(classes);
        noClasses().that().resideOutsideOfPackages("..persistence..", "nl.thvhub.platform.sql..").should()
                .dependOnClassesThat().haveFullyQualifiedName(nl.thvhub.platform.sql.Parameters.class.getName())
                .check(classes);
        // the predicate is not vacuous: it sees the SQL where it lives
        classes().that().haveSimpleName("HuisverbodRepository").should().callMethodWhere(sql).check(classes);
    }

    /**
     * HAPI FHIR's consent hook, kept honest: a feature reads or works on a case only through the access seam, and events
     * are decided at the event door; only the privacy package itself holds the decision engine otherwise.
     */
    @Test
    void only_the_access_seam_and_the_event_door_call_the_disclosure_engine() {
        noClasses().that().resideOutsideOfPackage("nl.thvhub.privacy..").and()
                .doNotHaveFullyQualifiedName(Zaaktoegang.class.getName()).and()
                .doNotHaveFullyQualifiedName(Zaakgrenzen.class.getName()).and()
                .doNotHaveFullyQualifiedName(Ontvangst.class.getName()).should().dependOnClassesThat()
                .haveFullyQualifiedName(Disclosure.class.getName()).check(classes);
    }

    /** Only the seam reads a case for a reader or locks one for a change, so every change decides first. */
    @Test
    void the_access_seam_is_the_only_reader_of_cases_for_a_reader() {
        noClasses().that().doNotHaveFullyQualifiedName(Zaaktoegang.class.getName()).and()
                .doNotHaveFullyQualifiedName(ZaakfeitenBron.class.getName()).should()
                .callMethod(HuisverbodRepository.class, "findForLezer", io.vertx.mutiny.sqlclient.SqlClient.class,
                        java.util.UUID.class, HuisverbodRepository.Lezer.class)
                .orShould().callMethodWhere(DescribedPredicate.describe("list cases for a reader",
                        call -> call.getName().equals("listForLezer")))
                .orShould().callMethodWhere(DescribedPredicate.describe("lock a case for a change",
                        call -> call.getName().equals("lockForLezer")
                                && !call.getOriginOwner().getName().equals(Zaaktoegang.class.getName())))
                .check(classes);
    }

    /**
     * A pooled connection outside a transaction is borrowed through {@code Verbinding.met} only: Vert.x's own
     * {@code withConnection} keeps the connection for good when the work throws before it has a future.
     */
    @Test
    void connections_are_borrowed_so_that_they_always_come_back() {
        noClasses().that().doNotHaveFullyQualifiedName(nl.thvhub.platform.sql.Verbinding.class.getName()).should()
                .callMethodWhere(DescribedPredicate.describe("Pool.withConnection",
                        call -> call.getName().equals("withConnection")
                                && call.getTargetOwner().getName().startsWith("io.vertx")))
                .check(classes);
    }

    /**
     * The GraphQL operations hand SmallRye an environment without a selection set, so that it does not build the
     * selected fields as JSON for every request (GraphQLVeldOphalers); nothing may then rely on them.
     */
    @Test
    void nothing_reads_the_graphql_selected_fields() {
        noClasses().should()
                .callMethodWhere(DescribedPredicate.describe("the selected fields of a GraphQL field",
                        call -> call.getTarget().getOwner().isAssignableTo(graphql.schema.DataFetchingEnvironment.class)
                                && call.getName().equals("getSelectionSet")
                                || call.getTarget().getOwner().isAssignableTo(io.smallrye.graphql.api.Context.class)
                                        && call.getName().startsWith("getSelected")))
                .check(classes);
    }
}
