package org.sujarit.infrastructure.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every scheduled job takes its lock before it runs, so that instances sharing a database run each
 * firing once between them (ClusterIT shows it with two processes); a job without one would run on
 * every instance.
 */
class ScheduledJobsTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sujarit");

    @Test
    void everyScheduledJobTakesItsLockFirst() {
        // void: a locked method that was skipped has nothing to return (ShedLock refuses primitives).
        methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(SchedulerLock.class).andShould().haveRawReturnType(void.class)
                .because("instances sharing the database must run each firing of a schedule once")
                .check(APPLICATION);
    }

    @Test
    void eachJobHasALockOfItsOwn() {
        List<String> names = APPLICATION.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(SchedulerLock.class))
                .map(JavaMethod::reflect).map(m -> m.getAnnotation(SchedulerLock.class).name())
                .toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(7).doesNotHaveDuplicates();
    }
}
