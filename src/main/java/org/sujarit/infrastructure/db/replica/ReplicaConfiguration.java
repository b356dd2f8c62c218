package org.sujarit.infrastructure.db.replica;

import javax.sql.DataSource;

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

    /**
     * Wraps the {@code dataSource} bean once it is ready, whichever configuration made it. The primary
     * pool keeps its own shutdown (Spring closes the bean it created, not the wrapper); the standby's
     * pool and its checks end when this post-processor is destroyed, after it.
     */
    static final class ReplicaRoutingPostProcessor implements BeanPostProcessor, DisposableBean {

        private final ReplicaProperties properties;
        private Standby standby;

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
