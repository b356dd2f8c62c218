package org.sujarit.infrastructure.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL, so that any instance serves any request. A browser sends several
 * requests of one session at once — the page, its stylesheet, its script — and two of them may
 * store the same attribute; PostgreSQL's upsert keeps that from failing one of them (a page
 * without its stylesheet) on a duplicate key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
