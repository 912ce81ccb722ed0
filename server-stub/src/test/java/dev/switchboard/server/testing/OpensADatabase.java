package dev.switchboard.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that opens a database of its own, through {@link TestDatabases#jdbcUrl}, without
 * starting a backend: {@link PostgresqlRunCondition} runs it in the PostgreSQL run too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OpensADatabase {
}
