package org.sujarit.complaint.web;

import java.util.UUID;

import org.springframework.web.util.UriComponentsBuilder;
import org.sujarit.complaint.CaseSearch.Criteria;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Priority;

/** The dashboard's filters as they come in the query string; all optional. */
record CaseFilter(Channel channel, CaseStatus status, UUID categoryId, UUID unitId, Priority priority, Boolean overdue,
                  Integer fiscalYear, String q) {

    static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, null, null);

    Criteria criteria() {
        return new Criteria(channel, status, categoryId, unitId, priority, Boolean.TRUE.equals(overdue), fiscalYear,
                q == null || q.isBlank() ? null : q.strip());
    }

    public boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }

    /** The list with these filters but another status (null: any), for the counts by status. */
    public String withStatus(CaseStatus other) {
        return new CaseFilter(channel, other, categoryId, unitId, priority, null, fiscalYear, q).link();
    }

    public String link() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/console/complaints");
        add(uri, "channel", channel);
        add(uri, "status", status);
        add(uri, "categoryId", categoryId);
        add(uri, "unitId", unitId);
        add(uri, "priority", priority);
        add(uri, "overdue", overdueOnly() ? Boolean.TRUE : null);
        add(uri, "fiscalYear", fiscalYear);
        add(uri, "q", q == null || q.isBlank() ? null : q.strip());
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
