package dev.switchboard.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /** Where the workstation's features live: each in its package, plugged in by a line in {@code Features}. */
    private static final String[] FEATURES = {"dev.switchboard.app.visitors..", "dev.switchboard.app.chat..",
            "dev.switchboard.app.queue..", "dev.switchboard.app.supervisor..", "dev.switchboard.app.settings..",
            "dev.switchboard.app.home..", "dev.switchboard.app.internalchat..", "dev.switchboard.app.canned..",
            "dev.switchboard.app.push..", "dev.switchboard.app.history..", "dev.switchboard.app.wrapup..",
            "dev.switchboard.app.reminders..", "dev.switchboard.app.sites..", "dev.switchboard.app.accounts.."};

    @ArchTest
    static final ArchRule plumbingKnowsNoFeature = noClasses().that().resideInAnyPackage("dev.switchboard.app.net..",
                    "dev.switchboard.app.session..", "dev.switchboard.app.shell..", "dev.switchboard.app.platform..",
                    "dev.switchboard.app.feature..", "dev.switchboard.app.navigation..", "dev.switchboard.app.alerts..",
                    "dev.switchboard.app.sync..", "dev.switchboard.app.cache..", "dev.switchboard.app.notify..",
                    "dev.switchboard.app.tray..", "dev.switchboard.app.team..", "dev.switchboard.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("features plug into the network, session, window and alert plumbing through dev.switchboard.app.feature;"
                    + " the plumbing knowing a feature would make the next one rewire it");

    @ArchTest
    static final ArchRule featuresFreeOfCycles = slices().matching("dev.switchboard.app.(*)..").should().beFreeOfCycles();
}
