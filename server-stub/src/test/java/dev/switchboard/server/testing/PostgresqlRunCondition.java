package dev.switchboard.server.testing;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the run on PostgreSQL, only the test classes that start a backend, through a
 * {@link BackendExtension}, or are marked {@link OpensADatabase} run: the others never reach a
 * database and ran on H2 already.
 * Registered for that run alone (the pom turns on JUnit's extension auto-detection there).
 */
public final class PostgresqlRunCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.postgresql() || context.getTestMethod().isPresent() || context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("every test runs on H2");
        }
        Class<?> testClass = context.getTestClass().get();
        return reachesADatabase(testClass) ? ConditionEvaluationResult.enabled("reaches a database: runs on PostgreSQL too")
                : ConditionEvaluationResult.disabled("reaches no database: ran once, in the H2 run");
    }

    private static boolean reachesADatabase(Class<?> testClass) {
        if (testClass.isAnnotationPresent(OpensADatabase.class)) {
            return true;
        }
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (BackendExtension.class.isAssignableFrom(field.getType())) {
                    return true;
                }
            }
        }
        return testClass.getEnclosingClass() != null && reachesADatabase(testClass.getEnclosingClass());
    }
}
