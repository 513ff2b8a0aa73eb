package org.sitrep.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Spark job is a client of the core: it reaches no internal package but its own. */
class ArchitectureTest {
    private static final JavaClasses JOB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sitrep.spark");

    @Test
    void theJobUsesOnlyTheCoresPublicPackages() {
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe(
                        "lie in an internal package of the core",
                        c -> c.getPackageName().startsWith("org.sitrep.") && c.getPackageName().contains(".internal")
                                && !c.getPackageName().startsWith("org.sitrep.spark.internal")))
                .check(JOB);
    }
}
