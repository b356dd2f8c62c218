package org.sujarit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.demo.DemoData.DemoUnit;
import org.sujarit.demo.DemoData.DemoUser;
import org.sujarit.plan.PlanContent;
import org.sujarit.plan.PlanSummary;
import org.sujarit.plan.Plans;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.MonthState;
import org.sujarit.procurement.MonthSummary;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.factor.OneTimeCodes;
import org.sujarit.tenant.NewOrganisation;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * At start-up, with the demo on, creates what is missing of the demo (and nothing that already
 * exists, so that changes made in the demo survive restarts) and switches its accounts on;
 * with the demo off, switches the demo accounts off.
 */
@Component
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final List<String> FILES = List.of("demo/platform.yml", "demo/bantom.yml");

    private final DemoProperties properties;
    private final Environment environment;
    private final Organisations organisations;
    private final Units units;
    private final StaffUsers users;
    private final Plans plans;
    private final RiskAssessments risks;
    private final DemoComplaintLoader complaints;
    private final DemoStaffLoader staff;
    private final DemoSurveyLoader surveys;
    private final DemoDisclosureLoader disclosures;
    private final ProcurementSummaries procurement;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final OneTimeCodes oneTimeCodes;

    DemoLoader(DemoProperties properties, Environment environment, Organisations organisations, Units units,
               StaffUsers users, Plans plans, RiskAssessments risks, DemoComplaintLoader complaints,
               DemoDisclosureLoader disclosures, ProcurementSummaries procurement, Clock clock,
               TransactionTemplate transaction, DemoStaffLoader staff, DemoSurveyLoader surveys,
               OneTimeCodes oneTimeCodes) {
        this.oneTimeCodes = oneTimeCodes;
        this.surveys = surveys;
        this.disclosures = disclosures;
        this.properties = properties;
        this.environment = environment;
        this.organisations = organisations;
        this.units = units;
        this.users = users;
        this.plans = plans;
        this.risks = risks;
        this.staff = staff;
        this.complaints = complaints;
        this.procurement = procurement;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            int off = users.setDemoAccountsActive(false);
            if (off > 0) {
                log.info("Demo switched off: {} demo accounts deactivated", off);
            }
            return;
        }
        transaction.executeWithoutResult(status -> {
            FILES.forEach(file -> load(read(file)));
            users.setDemoAccountsActive(true);
        });
        log.info("Ban Tom demo ready: http://localhost:{}/bantom", environment.getProperty("local.server.port", "8080"));
    }

    boolean enabled() {
        if (properties.enabled() != null) {
            return properties.enabled();
        }
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    private void load(DemoData data) {
        TenantId tenant = null;
        if (data.organisation() != null) {
            var o = data.organisation();
            Organisation organisation = organisations.findBySlug(o.slug()).orElseGet(() -> organisations.onboard(
                    new NewOrganisation(o.slug(), o.nameTh(), o.nameEn(), o.dlaCode(), o.kind(), o.provinceCode(),
                            o.district(), o.districtEn(), o.contacts(), true)));
            tenant = organisation.id();
            Map<String, UnitId> paths = new HashMap<>(units.byPath(tenant));
            for (DemoUnit unit : data.units() == null ? List.<DemoUnit>of() : data.units()) {
                createMissing(tenant, null, "", unit, paths);
            }
        }
        Map<String, UnitId> paths = tenant == null ? Map.of() : units.byPath(tenant);
        for (DemoUser user : data.users()) {
            Optional<StaffUser> existing = users.findByUsername(user.username());
            if (existing.isPresent()) {
                enrolTotp(user, existing.get().id());
                continue;
            }
            UnitId unit = user.unit() == null ? null : paths.get(user.unit());
            if (user.unit() != null && unit == null) {
                throw new IllegalStateException("Demo user " + user.username() + " names unknown unit " + user.unit());
            }
            StaffUser created = users.create(new NewStaffUser(tenant, user.username(), user.displayName(), null, unit,
                    user.roles(), user.oversight(), properties.password(), false, true));
            enrolTotp(user, created.id());
        }
        Map<String, UUID> surveyIds = tenant != null && data.surveys() != null ? surveys.load(tenant, data.surveys().file()) : Map.of();
        if (tenant != null && data.plan() != null && plans.current(tenant).isEmpty()) {
            loadPlan(tenant, data.plan(), surveyIds);
        }
        if (tenant != null && data.risk() != null) {
            loadRisk(tenant, data.risk());
        }
        if (tenant != null && data.complaints() != null) {
            complaints.load(tenant, read(data.complaints().file(), DemoComplaints.class));
        }
        if (tenant != null && data.procurement() != null) {
            loadProcurement(tenant, data.procurement());
        }
        if (tenant != null && data.disclosure() != null) {
            disclosures.load(tenant, data.disclosure().file(), users.findByUsername(data.disclosure().publishedBy()).orElseThrow().id());
        }
        if (tenant != null && data.staff() != null) {
            staff.load(tenant, data.staff().file());
        }
    }

    /**
     * The sample months go into the current fiscal year, each once it has begun; a month already
     * recorded (on an earlier start, or by someone trying the demo) is left as it is.
     */
    private void loadProcurement(TenantId tenant, DemoData.DemoProcurementFile demo) {
        DemoProcurement content = read(demo.file(), DemoProcurement.class);
        LocalDate today = LocalDate.now(clock);
        int year = FiscalYear.containing(today).buddhistYear();
        UUID by = users.findByUsername(demo.recordedBy()).orElseThrow().id();
        List<MonthSummary> recorded = procurement.year(tenant, year);
        for (DemoProcurement.Month month : content.months()) {
            FiscalMonth fiscalMonth = FiscalMonth.of(year, month.month());
            if (!fiscalMonth.begunOn(today) || recorded.get(month.month() - 1).state() != MonthState.EMPTY) {
                continue;
            }
            month.purchasesOrNone().forEach(p -> procurement.addPurchase(tenant, year, month.month(), p.in(fiscalMonth), by));
            if (month.withoutProcurement()) {
                procurement.declareNoProcurement(tenant, year, month.month(), by);
            } else if (month.published()) {
                procurement.publish(tenant, year, month.month(), by);
            }
        }
    }

    private void loadRisk(TenantId tenant, DemoData.DemoRisk demo) {
        DemoRiskAssessment content = read(demo.file(), DemoRiskAssessment.class);
        int year = content.assessment().fiscalYear();
        if (risks.view(tenant, year).isPresent()) {
            return;
        }
        var matrix = risks.matrix(content.assessment().matrix()).orElseThrow();
        risks.create(tenant, year, matrix.id());
        content.risks().forEach(risk -> risks.addRisk(tenant, year, risk, null));
        if (demo.publish()) {
            risks.publish(tenant, year);
        }
    }

    /** The plan, with each {@code demo-survey:KEY.figure} measure of its KPIs naming the demo survey's figure. */
    private void loadPlan(TenantId tenant, DemoData.DemoPlan demo, Map<String, UUID> surveyIds) {
        String text = text(demo.file());
        for (Map.Entry<String, UUID> survey : surveyIds.entrySet()) {
            text = text.replace("demo-survey:" + survey.getKey() + ".", "survey." + survey.getValue() + ".");
        }
        PlanContent content = new YAMLMapper().readValue(text, PlanContent.class);
        PlanSummary plan = plans.create(tenant, content);
        plans.approve(tenant, plan.openRevisionId(), users.findByUsername(demo.approvedBy()).orElseThrow().id());
        plans.publish(tenant, plan.openRevisionId(), users.findByUsername(demo.publishedBy()).orElseThrow().id());
    }

    private void createMissing(TenantId tenant, UnitId parent, String parentPath, DemoUnit unit,
                               Map<String, UnitId> paths) {
        String path = parentPath.isEmpty() ? unit.nameTh() : parentPath + "/" + unit.nameTh();
        UnitId id = paths.get(path);
        if (id == null) {
            id = units.create(tenant, parent, unit.kind(),
                    new UnitDetails(unit.nameTh(), unit.nameEn(), null, null)).id();
            paths.put(path, id);
        }
        for (DemoUnit child : unit.childrenOrNone()) {
            createMissing(tenant, id, path, child, paths);
        }
    }

    private static DemoData read(String file) {
        return read(file, DemoData.class);
    }

    private static String text(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + file, e);
        }
    }

    static <T> T read(String file, Class<T> type) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return new YAMLMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + file, e);
        }
    }

    /** The demo key of an account that has one (README), unless the account already has codes on. */
    private void enrolTotp(DemoUser user, UUID id) {
        if (user.totpKey() != null) {
            oneTimeCodes.enrolConfirmed(id, user.totpKey());
        }
    }
}
