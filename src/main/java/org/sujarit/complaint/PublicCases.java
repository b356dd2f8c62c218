package org.sujarit.complaint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;

/**
 * General complaints as anyone may read them through Open311: where the problem is, its category,
 * status, the unit handling it, the 15-day deadline and the latest reply to the citizen. Never who
 * filed it, their contact data, internal notes or reasons, and never a case of the corruption
 * channel. Phone numbers, e-mail addresses and national ID numbers typed into the texts shown are
 * blanked out.
 */
@Service
public class PublicCases {

    /** Open311's ceiling on one answer. */
    public static final int MAX_RESULTS = 1000;
    static final String BLANKED = "[…]";

    private final JdbcClient jdbc;

    PublicCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A general complaint for the public. Texts may be null. */
    public record PublicCase(String number, CaseStatus status, String categoryCode, String categoryTh, String categoryEn,
                             String summary, String address, BigDecimal latitude, BigDecimal longitude, String unitTh,
                             String unitEn, String latestReply, Instant filedAt, Instant updatedAt, Instant actionDue) {

        public boolean open() {
            return !status.handled();
        }

        public String category(Locale locale) {
            return "en".equals(locale.getLanguage()) && categoryEn != null && !categoryEn.isBlank() ? categoryEn : categoryTh;
        }

        public String unit(Locale locale) {
            return "en".equals(locale.getLanguage()) && unitEn != null && !unitEn.isBlank() ? unitEn : unitTh;
        }
    }

    /**
     * What to look for: given case numbers (then nothing else counts), or categories, a period of
     * filing and whether open ({@code null} for both open and closed). Empty lists mean any.
     */
    public record Query(List<String> numbers, List<String> categoryCodes, Instant filedFrom, Instant filedTo, Boolean open) {
    }

    @Transactional(readOnly = true)
    public List<PublicCase> search(TenantId tenant, Query query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!query.numbers().isEmpty()) {
            where.add("c.number in (:numbers)");
            params.put("numbers", query.numbers());
        } else {
            if (!query.categoryCodes().isEmpty()) {
                where.add("cat.code in (:codes)");
                params.put("codes", query.categoryCodes());
            }
            if (query.filedFrom() != null) {
                where.add("c.filed_at >= :from");
                params.put("from", Timestamp.from(query.filedFrom()));
            }
            if (query.filedTo() != null) {
                where.add("c.filed_at <= :to");
                params.put("to", Timestamp.from(query.filedTo()));
            }
            if (query.open() != null) {
                where.add("c.status " + (query.open() ? "not in" : "in") + " (:handled)");
                params.put("handled", CaseStatus.HANDLED.stream().map(Enum::name).toList());
            }
        }
        return select(tenant, where.isEmpty() ? "" : " and " + String.join(" and ", where), params);
    }

    @Transactional(readOnly = true)
    public Optional<PublicCase> find(TenantId tenant, String number) {
        String n = CaseNumber.normalise(number);
        return n == null ? Optional.empty() : select(tenant, " and c.number = :number", Map.of("number", n)).stream().findFirst();
    }

    private List<PublicCase> select(TenantId tenant, String where, Map<String, Object> params) {
        return jdbc.sql("""
                        select c.number, c.status, cat.code, cat.name_th as category_th, cat.name_en as category_en,
                               c.subject, c.village, c.place, c.latitude, c.longitude, u.name_th as unit_th,
                               u.name_en as unit_en, c.filed_at, c.updated_at,
                               (select max(d.due_at) from complaint_deadline d
                                where d.tenant_id = c.tenant_id and d.case_id = c.id and d.kind = 'ACTION') as action_due,
                               (select e.body from complaint_event e
                                where e.tenant_id = c.tenant_id and e.case_id = c.id and e.visible_to_citizen
                                  and e.kind in ('REPLY', 'EXPLANATION')
                                order by e.at desc limit 1) as latest_reply
                        from complaint_case c
                        join complaint_category cat on cat.tenant_id = c.tenant_id and cat.id = c.category_id
                        left join unit u on u.tenant_id = c.tenant_id and u.id = c.unit_id
                        where c.tenant_id = :tenant and c.channel = 'GENERAL'""" + where + """

                        order by c.filed_at desc, c.number desc
                        limit :limit""")
                .params(params).param("tenant", tenant.value()).param("limit", MAX_RESULTS)
                .query((rs, n) -> row(rs)).list();
    }

    private static PublicCase row(ResultSet rs) throws SQLException {
        String address = join(rs.getString("village"), rs.getString("place"));
        return new PublicCase(rs.getString("number"), CaseStatus.valueOf(rs.getString("status")), rs.getString("code"),
                rs.getString("category_th"), rs.getString("category_en"), blankPersonalData(rs.getString("subject")),
                blankPersonalData(address), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                rs.getString("unit_th"), rs.getString("unit_en"), blankPersonalData(rs.getString("latest_reply")),
                instant(rs, "filed_at"), instant(rs, "updated_at"), instant(rs, "action_due"));
    }

    private static String join(String village, String place) {
        String v = village == null || village.isBlank() ? null : village.strip();
        String p = place == null || place.isBlank() ? null : place.strip();
        return v == null ? p : p == null ? v : v + " " + p;
    }

    /** The text with every phone number, e-mail address and national ID number in it blanked out. */
    static String blankPersonalData(String text) {
        if (text == null) {
            return null;
        }
        String blanked = text;
        for (PersonalData.Finding finding : PersonalData.find(text)) {
            blanked = blanked.replace(finding.text(), BLANKED);
        }
        return blanked;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
