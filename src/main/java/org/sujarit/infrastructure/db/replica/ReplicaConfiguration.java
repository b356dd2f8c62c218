package org.sujarit.infrastructure.db.replica;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * With {@code sujarit.replica.url} set: the application's data source (the embedded database's, or
 * Spring Boot's for an external one) is wrapped so that reads which asked for it go to the standby
 * (see the package description), and requests to {@link ReadsFromReplica} pages ask for it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfigured.class)
class ReplicaConfiguration implements WebMvcConfigurer {

    @Bean
    static ReplicaRoutingPostProcessor replicaRouting(Environment environment) {
        return new ReplicaRoutingPostProcessor(ReplicaProperties.of(environment));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReplicaReadInterceptor());
    }

    /** Whether the replica is read now, and how far behind it was found, for the operator's alerts. */
    @Bean
    MeterBinder replicaMeters(ReplicaRoutingPostProcessor routing) {
        return registry -> {
            Gauge.builder("sujarit.replica.in.use", routing,
                            r -> r.standby != null && r.standby.state() == Standby.State.IN_USE ? 1 : 0)
                    .description("1 while the read replica serves the reads that may lag, 0 while they go to the primary")
                    .register(registry);
            Gauge.builder("sujarit.replica.lag", routing, r -> r.standby == null ? Double.NaN : r.standby.lagSeconds())
                    .description("How far the read replica's replay was behind the primary at the last check")
                    .baseUnit("seconds")
                    .register(registry);
        };
    }

    /**
     * Wraps the {@code dataSource} bean once it is ready, whichever configuration made it. The primary
     * pool keeps its own shutdown (Spring closes the bean it created, not the wrapper); the standby's
     * pool and its checks end when this post-processor is destroyed, after it.
     */
    static final class ReplicaRoutingPostProcessor implements BeanPostProcessor, DisposableBean {

        private final ReplicaProperties properties;
        private volatile Standby standby;

        ReplicaRoutingPostProcessor(ReplicaProperties properties) {
            this.properties = properties;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!"dataSource".equals(beanName) || !(bean instanceof DataSource primary)) {
                return bean;
            }
            standby = new Standby(properties, primary);
            standby.start();
            return new LazyConnectionDataSourceProxy(new ReplicaRouting(primary, standby));
        }

        @Override
        public void destroy() {
            if (standby != null) {
                standby.close();
            }
        }
    }
}
