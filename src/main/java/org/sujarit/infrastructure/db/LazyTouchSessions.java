package org.sujarit.infrastructure.db;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, writing a session's last-access time at most once per {@code interval}
 * instead of on every request. Spring Session marks a session changed whenever it is read, so
 * every page view of a signed-in citizen or officer cost a committed UPDATE (a WAL flush) just
 * to move the idle timeout on by a few seconds; now a request that changes nothing in its
 * session writes nothing. The idle timeout is kept to within {@code interval}; any other change
 * (attributes, a new session id after sign-in, the timeout) is written at once as before.
 */
final class LazyTouchSessions implements FindByIndexNameSessionRepository<LazyTouchSessions.LazySession>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration interval;

    @SuppressWarnings("unchecked")
    LazyTouchSessions(FindByIndexNameSessionRepository<? extends Session> store, Duration interval) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
        this.interval = interval;
    }

    @Override
    public LazySession createSession() {
        return new LazySession(store.createSession());
    }

    @Override
    public void save(LazySession session) {
        store.save(session.stored);
    }

    @Override
    public LazySession findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new LazySession(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, LazySession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new LazySession(e.getValue())));
    }

    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A stored session whose last-access time moves only once {@code interval} has passed. */
    final class LazySession implements Session {

        private final Session stored;

        private LazySession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(interval))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
