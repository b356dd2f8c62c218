package org.sujarit.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.infrastructure.db.replica.ReplicaReads;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * Organisations by slug are kept for a few seconds: a change made through the application shows
 * at once, one made behind its back only when the kept copy expires.
 */
@WebTest
class OrganisationCacheTest {

    @Autowired Organisations organisations;
    @Autowired TenantFixture fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aCommittedChangeOfContactsIsSeenAtOnceAndAChangeBehindTheApplicationsBackIsNot() {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        assertThat(organisations.findBySlug(slug)).isPresent();

        organisations.changeContacts(t.id(), new Contacts("1 หมู่ 1", "054 000 111", null, null));
        assertThat(organisations.findBySlug(slug).orElseThrow().contacts().phone()).isEqualTo("054 000 111");

        jdbc.sql("update organisation set phone = ? where id = ?").params("054 999 999", t.id().value()).update();
        assertThat(organisations.findBySlug(slug).orElseThrow().contacts().phone()).as("kept copy").isEqualTo("054 000 111");
        assertThat(organisations.find(t.id()).orElseThrow().contacts().phone()).as("by id, never kept").isEqualTo("054 999 999");
    }

    /** A read replica's copy may be older than a change just committed, which its author expects to see. */
    @Test
    void whatWasReadForTheReadReplicaIsNotKept() {
        Tenant t = fixtures.create();
        String slug = t.organisation().slug();
        assertThat(ReplicaReads.during(() -> organisations.findBySlug(slug))).isPresent();
        assertThat(ReplicaReads.during(() -> organisations.numeralStyle(t.id()))).isEqualTo(NumeralStyle.THAI);

        jdbc.sql("update organisation set phone = ?, numeral_style = 'ARABIC' where id = ?")
                .params("054 777 777", t.id().value()).update();
        assertThat(organisations.findBySlug(slug).orElseThrow().contacts().phone()).isEqualTo("054 777 777");
        assertThat(organisations.numeralStyle(t.id())).isEqualTo(NumeralStyle.ARABIC);
    }
}
