package vn.antq.models.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages as the architecture (README, "Packages"): no package needs one that needs it back,
 * and each layer uses only those below it.
 */
class PackageRulesTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.antq.models");

    static final String[] FEATURES = {
        "vn.antq.models.proposal..",
        "vn.antq.models.evaluation..",
        "vn.antq.models.replication..",
        "vn.antq.models.retirement..",
        "vn.antq.models.reorganization..",
        "vn.antq.models.onboarding..",
        "vn.antq.models.report..",
        "vn.antq.models.reminder..",
        "vn.antq.models.notification..",
        "vn.antq.models.demo..",
        "vn.antq.models.versions..",
        "vn.antq.models.yearend..",
        "vn.antq.models.absence.."
    };

    @Test
    void noPackageNeedsOneThatNeedsItBack() {
        slices().matching("vn.antq.models.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy("vn.antq.models.api..")
                .layer("features")
                .definedBy(FEATURES)
                .layer("engine")
                .definedBy("vn.antq.models.engine..")
                .layer("registry")
                .definedBy("vn.antq.models.model..")
                .layer("mail")
                .definedBy("vn.antq.models.mail..")
                .layer("security")
                .definedBy("vn.antq.models.security..")
                .layer("units")
                .definedBy("vn.antq.models.unit..")
                .layer("common")
                .definedBy("vn.antq.models.common..")
                .whereLayer("api")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("features")
                .mayOnlyBeAccessedByLayers("api")
                .whereLayer("engine")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("registry")
                .mayOnlyBeAccessedByLayers("api", "features")
                .whereLayer("mail")
                .mayOnlyBeAccessedByLayers("api", "features")
                .whereLayer("security")
                .mayOnlyBeAccessedByLayers("api", "features", "registry", "mail", "engine")
                .whereLayer("units")
                .mayOnlyBeAccessedByLayers("api", "features", "registry", "mail", "security", "engine")
                .check(CLASSES);
    }
}
