package org.sitrep;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Names on stderr every test or test class that an assumption skipped, with the assumption's reason, so that
 * tests which need a browser or a database never vanish silently from a run that lacks them.
 */
public final class SkippedTestsReport implements TestExecutionListener {
    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String why = result.getThrowable().map(Throwable::getMessage).orElse("no reason given");
            System.err.println("skipped: " + name(test) + ": " + why.replace("Assumption failed: ", ""));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.err.println("skipped: " + name(test) + ": " + reason);
    }

    private static String name(TestIdentifier test) {
        return test.getSource().map(source -> source instanceof MethodSource m
                ? m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName()
                : source instanceof ClassSource c ? c.getClassName() : test.getDisplayName())
                .orElse(test.getDisplayName());
    }
}
