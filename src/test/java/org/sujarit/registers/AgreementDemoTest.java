package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisations;

/**
 * Ban Tom's invented code of ethics, acknowledged by most demo accounts, and agreements of the
 * current year: two signed, one awaiting the supervisor, one awaiting the person.
 */
@SpringBootTest
class AgreementDemoTest {

    @Autowired Organisations organisations;
    @Autowired EthicsCodes codes;
    @Autowired AgreementRegister register;
    @Autowired Clock clock;

    @Test
    void banTomHasItsExampleCodeAndAgreementsOfTheYear() {
        var banTom = organisations.findBySlug("bantom").orElseThrow().id();
        EthicsCode code = codes.inForce(banTom).orElseThrow();
        assertThat(code.title()).contains("ตัวอย่าง");
        EthicsReport report = codes.report(banTom, code);
        assertThat(report.acknowledged()).isEqualTo(5).isLessThan(report.accounts());

        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        Map<String, AgreementState> states = register.year(banTom, year).stream()
                .collect(Collectors.toMap(AgreementRow::name, AgreementRow::state));
        assertThat(states).containsEntry("นิติกร งานนิติการ", AgreementState.SIGNED)
                .containsEntry("เจ้าหน้าที่ กองช่าง", AgreementState.SIGNED)
                .containsEntry("ผู้ตรวจสอบภายใน", AgreementState.AWAITING_SUPERVISOR)
                .containsEntry("ผู้ดูแลระบบ เทศบาลตำบลบ้านต๋อม", AgreementState.AWAITING_PERSON);
        assertThat(register.signBy(banTom, year)).isPresent();
    }
}
