package org.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: packages follow the pipeline, the graph of packages has no cycle, and an
 * {@code internal} package is reached only from the package that owns it. A package and its
 * {@code internal} package count as one node of the graph (the owner creates what its internals implement).
 */
class ArchitectureTest {
    private static final String ROOT = "org.sitrep";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** A package with its internal package folded in: {@code org.sitrep.geo.internal} is {@code geo}. */
    static String module(String packageName) {
        String name = packageName.equals(ROOT) ? "(root)" : packageName.substring(ROOT.length() + 1);
        int internal = name.indexOf("internal");
        if (internal == 0) {
            return "(root)";
        }
        return internal > 0 ? name.substring(0, internal - 1) : name;
    }

    /** The owner of an internal package: {@code org.sitrep.geo.internal.X} belongs to {@code org.sitrep.geo}. */
    private static String owner(String packageName) {
        int at = packageName.indexOf(".internal");
        return at < 0 ? null : packageName.substring(0, at);
    }

    @Test
    void thePackageGraphHasNoCycle() {
        System.out.println(graph());
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return javaClass.getPackageName().startsWith(ROOT)
                        ? SliceIdentifier.of(module(javaClass.getPackageName())) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages with their internal packages folded in";
            }
        }).should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void noPackageImportsAnotherPackagesInternals() {
        classes().that().resideInAPackage(ROOT + "..internal..")
                .should(new ArchCondition<>("be used only from the package that owns their internal package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String owner = owner(item.getPackageName());
                        for (Dependency d : item.getDirectDependenciesToSelf()) {
                            String from = d.getOriginClass().getPackageName();
                            if (!from.equals(owner) && !from.startsWith(owner + ".internal")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                }).check(PRODUCTION);
    }

    /** The graph as text, one line per package: what it depends on. Printed for the record. */
    private static String graph() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass c : PRODUCTION) {
            String from = module(c.getPackageName());
            Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(ROOT) && !module(target).equals(from)) {
                    to.add(module(target));
                }
            }
        }
        StringBuilder out = new StringBuilder("Package dependencies (a package's internal folded in):\n");
        edges.forEach((k, v) -> out.append("  ").append(k).append(" -> ").append(String.join(", ", v)).append('\n'));
        return out.toString();
    }
}
