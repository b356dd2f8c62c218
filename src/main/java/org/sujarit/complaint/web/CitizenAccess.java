package org.sujarit.complaint.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.FollowingCases;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * Which cases a browser may open without an account: those it filed, or opened with number and
 * secret, in this session — and nothing else, whatever number is in the address.
 */
@Component
class CitizenAccess {

    /** The cases this browser session has opened with their secret. */
    static final String ACCESS = "sujarit.complaint.access";

    private final Organisations organisations;
    private final FollowingCases following;

    CitizenAccess(Organisations organisations, FollowingCases following) {
        this.organisations = organisations;
        this.following = following;
    }

    Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new ComplaintNotFound("organisation"));
    }

    @SuppressWarnings("unchecked")
    void grant(HttpSession session, UUID caseId) {
        Set<UUID> access = (Set<UUID>) session.getAttribute(ACCESS);
        Set<UUID> updated = access == null ? new HashSet<>() : new HashSet<>(access);
        updated.add(caseId);
        session.setAttribute(ACCESS, updated);
    }

    /** The case of this number as its citizen sees it, when this session opened it with its secret; else null. */
    @SuppressWarnings("unchecked")
    CaseView granted(Organisation organisation, String number, HttpSession session) {
        Set<UUID> access = (Set<UUID>) session.getAttribute(ACCESS);
        if (access == null) {
            return null;
        }
        return following.findForCitizen(organisation.id(), number).filter(c -> access.contains(c.id())).orElse(null);
    }

    /** Forgets the cases this browser opened, e.g. on a shared computer. */
    void forget(HttpSession session) {
        session.removeAttribute(ACCESS);
    }
}
