package dev.switchboard.shared.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** shared is the protocol both sides speak: it may know neither side nor any UI toolkit. */
@AnalyzeClasses(packages = "dev.switchboard.shared", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule noBackendOrWorkstation = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.switchboard.server..", "dev.switchboard.app..", "io.javalin..", "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule noStorageOrNetworkLibraries = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.jdbi..", "okhttp3..", "jakarta.websocket..");
}
