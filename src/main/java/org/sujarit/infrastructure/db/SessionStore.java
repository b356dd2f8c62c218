package org.sujarit.infrastructure.db;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL, so that any instance serves any request. A browser sends several
 * requests of one session at once — the page, its stylesheet, its script — and two of them may
 * store the same attribute; PostgreSQL's upsert keeps that from failing one of them (a page
 * without its stylesheet) on a duplicate key. A session's last-access time is written at most
 * once a minute ({@code sujarit.session.touch-interval}, see {@link LazyTouchSessions}). A session
 * written by another release that this one cannot read is a session that has ended.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * How session attributes become bytes and back: Java serialisation, as Spring Session does by
     * default — except that an attribute this release cannot read (written by another release whose
     * classes changed, or damaged) reads as absent, so its holder is simply no longer signed in,
     * instead of every request with that cookie failing until the session expires. Logged once per
     * attribute read, without its content.
     */
    @Bean
    ConversionService springSessionConversionService(ResourceLoader loader) {
        ClassLoader classes = loader.getClassLoader();
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializer = new DeserializingConverter(classes);
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException e) {
                log.warn("A session attribute could not be read ({}); its session goes on without it: the person signs in again",
                        rootCause(e));
                return null;
            }
        });
        return conversions;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
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
