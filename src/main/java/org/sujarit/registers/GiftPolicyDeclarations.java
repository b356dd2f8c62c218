package org.sujarit.registers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The executive fills in the year's No Gift declaration from a text template with the tenant's
 * name and the year, and signs it; the signed text is published (portal, PDF, O21 evidence).
 */
@Service
public class GiftPolicyDeclarations {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GiftPolicyDeclarations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The text the executive starts from. */
    public static String template(String organisation, FiscalYear year) {
        return """
                ข้าพเจ้าในฐานะผู้บริหาร%1$s ขอประกาศเจตนารมณ์ว่า ข้าพเจ้าและบุคลากรทุกคนของ%1$s \
                จะไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. %2$d \
                เพื่อเป็นแบบอย่างที่ดีและสร้างวัฒนธรรมองค์กรที่โปร่งใส
                การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาให้เป็นไปตามมาตรา ๑๒๘ แห่งพระราชบัญญัติประกอบรัฐธรรมนูญ\
                ว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. ๒๕๖๑ และประกาศคณะกรรมการ ป.ป.ช. ที่เกี่ยวข้อง \
                หากได้รับเกินกว่าที่กำหนด ให้รายงานผู้บังคับบัญชาทราบภายในสามสิบวัน""".formatted(organisation,
                year.buddhistYear());
    }

    public Optional<GiftPolicyDeclaration> find(TenantId tenant, FiscalYear year) {
        return jdbc.sql("select * from gift_policy_declaration where tenant_id = ? and fiscal_year = ?")
                .params(tenant.value(), year.buddhistYear())
                .query((rs, n) -> new GiftPolicyDeclaration(rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class), new FiscalYear(rs.getInt("fiscal_year")),
                        rs.getString("text"), rs.getString("signer_name"), rs.getString("signer_position"),
                        rs.getObject("signed_by", UUID.class), rs.getTimestamp("signed_at").toInstant()))
                .optional();
    }

    /** Signs and so publishes the year's declaration; a year's signed declaration is not signed again. */
    @Transactional
    public UUID sign(TenantId tenant, FiscalYear year, String text, String signerName, String signerPosition,
                     UUID executiveId) {
        String body = required(text, "text", 5000);
        String position = required(signerPosition, "signerPosition", 200);
        if (find(tenant, year).isPresent()) {
            throw new RuleViolation(null, "registers.giftPolicy.alreadySigned");
        }
        UUID id = jdbc.sql("""
                        insert into gift_policy_declaration (tenant_id, fiscal_year, text, signer_name, signer_position,
                                                             signed_by, signed_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, fiscal_year) do nothing returning id""")
                .params(tenant.value(), year.buddhistYear(), body, signerName, position, executiveId,
                        Timestamp.from(clock.instant()))
                .query(UUID.class).optional()
                .orElseThrow(() -> new RuleViolation(null, "registers.giftPolicy.alreadySigned"));
        events.publishEvent(new GiftChanged(tenant.value(), "gift-policy-declaration", id.toString(),
                GiftChanged.Change.SIGNED));
        return id;
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "registers.gift.required");
        }
        if (text.strip().length() > max) {
            throw new RuleViolation(field, "registers.gift.tooLong");
        }
        return text.strip();
    }
}
