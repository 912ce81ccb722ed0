package dev.switchboard.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The workstation's layering, checked on the compiled main classes. */
@AnalyzeClasses(packages = "dev.switchboard.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule neverTheBackend = noClasses().should().dependOnClassesThat()
            .resideInAPackage("dev.switchboard.server..")
            .because("the workstation talks to the backend only through the protocol");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are tested without a screen");

    @ArchTest
    static final ArchRule viewsHaveNoIo = noClasses().that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "org.jdbi..", "java.sql..",
                    "java.net.http..", "jakarta.websocket..")
            .because("views only render; network and database work belongs to services");

    /** The plumbing every feature plugs into; a feature is any other package, plugged in by a line in {@code Features}. */
    private static final String[] PLUMBING = {"dev.switchboard.app.net..", "dev.switchboard.app.session..",
            "dev.switchboard.app.shell..", "dev.switchboard.app.platform..", "dev.switchboard.app.feature..",
            "dev.switchboard.app.navigation..", "dev.switchboard.app.alerts..", "dev.switchboard.app.sync..",
            "dev.switchboard.app.cache..", "dev.switchboard.app.notify..", "dev.switchboard.app.tray..",
            "dev.switchboard.app.team..", "dev.switchboard.app.ui.."};

    /** Named by what the plumbing may use rather than by a list of features, so a new feature is covered without an edit here. */
    @ArchTest
    static final ArchRule plumbingKnowsNoFeature = noClasses().that().resideInAnyPackage(PLUMBING)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.switchboard.app..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(PLUMBING))))
            .because("features plug into the network, session, window and alert plumbing through dev.switchboard.app.feature;"
                    + " the plumbing knowing a feature would make the next one rewire it");

    @ArchTest
    static final ArchRule featuresFreeOfCycles = slices().matching("dev.switchboard.app.(*)..").should().beFreeOfCycles();
}
