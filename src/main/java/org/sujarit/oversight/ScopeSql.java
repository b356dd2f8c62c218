package org.sujarit.oversight;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.staff.OversightScope;

/**
 * A scope or a peer group as a condition on {@code organisation o} joined to {@code province p}: the
 * one place where "within a user's scope" is said in SQL, for every oversight query. Each level is a
 * statement of its own (not one statement with optional parameters), so that PostgreSQL plans each
 * with its own index once the driver prepares it on the server.
 */
public record ScopeSql(String condition, List<Object> params) {

    public static ScopeSql of(OversightScope scope) {
        return switch (scope.level()) {
            case NATION -> new ScopeSql("true", List.of());
            case REGION -> new ScopeSql("p.nacc_region = ?", List.of(scope.region()));
            case PROVINCE -> new ScopeSql("o.province_code = ?", List.of(scope.provinceCode()));
        };
    }

    static ScopeSql of(Peer peer) {
        return peer.size() == null ? new ScopeSql("o.kind = ?", List.of(peer.kind().name()))
                : new ScopeSql("o.kind = ? and o.size_class = ?", List.of(peer.kind().name(), peer.size()));
    }

    /** These parameters after others that come first in the statement. */
    public List<Object> after(List<Object> first) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(params);
        return all;
    }
}
