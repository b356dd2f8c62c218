package org.sujarit.infrastructure.db;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL, so that any instance serves any request. A browser sends several
 * requests of one session at once — the page, its stylesheet, its script — and two of them may
 * store the same attribute; PostgreSQL's upsert keeps that from failing one of them (a page
 * without its stylesheet) on a duplicate key. A session's last-access time is written at most
 * once a minute ({@code sujarit.session.touch-interval}, see {@link LazyTouchSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor lazySessionTouches(@Value("${sujarit.session.touch-interval:PT1M}") Duration interval) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store && !interval.isZero()
                        ? new LazyTouchSessions((FindByIndexNameSessionRepository<?>) store, interval)
                        : bean;
            }
        };
    }
}
