package dev.switchboard.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The backend's dependency rules: no JavaFX, no workstation code, plumbing below features. */
@AnalyzeClasses(packages = "dev.switchboard.server", importOptions = ImportOption.DoNotIncludeTests.class)
class BackendArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the backend runs headless on servers");

    @ArchTest
    static final ArchRule noWorkstationCode = noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.app..")
            .because("dependencies point one way: server-stub -> shared");

    @ArchTest
    static final ArchRule plumbingKnowsNoFeature = noClasses().that().resideInAPackage("dev.switchboard.server.infra..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.switchboard.server.auth..", "dev.switchboard.server.agents..",
                    "dev.switchboard.server.sync..", "dev.switchboard.server.realtime..")
            .because("infra is the plumbing every feature stands on");

    @ArchTest
    static final ArchRule distributionKnowsNoChat = noClasses().that().resideInAPackage("dev.switchboard.server.distribution..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.server.chat..")
            .because("the engine distributes any kind of work; chat is one of its clients, told through WorkClient (ADR 0010)");

    @ArchTest
    static final ArchRule routerIsPure = noClasses().that().haveFullyQualifiedName("dev.switchboard.server.distribution.Router")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "java.net..", "dev.switchboard.server.realtime..")
            .because("routing is a pure function of request and state, so that recorded decisions can be replayed");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("dev.switchboard.server.(*)..").should().beFreeOfCycles();
}
