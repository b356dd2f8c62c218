package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.DatabaseDump;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;

/**
 * Staff surveys by single-use invitation (issue 14): invitations go out by mail (GreenMail here) and
 * as printed codes; each account answers once, by its link, its code or its own page; and a real
 * pg_dump taken after six of twelve invited staff answered joins no answer to an invitation or an
 * account — the invitation rows are the same bytes as before anyone answered, and who answered is
 * a sorted set.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-", "sujarit.complaints.friction=false"})
@AutoConfigureMockMvc
class StaffInvitationTest {

    private static final int SMTP_PORT = freePort();
    private static final String SITE = "https://sujarit.example.go.th";
    static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired StaffUsers users;
    @Autowired Units units;
    @Autowired Surveys surveys;
    @Autowired Answering answering;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** A tenant with twelve staff in one division (eight with e-mail, four without) and an open staff survey. */
    record Staffed(Tenant tenant, Unit division, List<StaffUser> staff, UUID survey) {

        String email(int i) {
            return staff.get(i).email();
        }
    }

    @Test
    void aPgDumpAfterSixOfTwelveAnsweredJoinsNoAnswerToAnInvitationOrAnAccount() throws Exception {
        Staffed s = staffed();
        Map<Integer, String> links = mailInvitations(s);
        assertThat(links).hasSize(8);
        List<String> codes = printCodes(s);
        assertThat(codes).hasSize(4);
        assertThat(jdbc.sql("select count(*) from survey_invitation where survey_id = ?").param(s.survey())
                .query(Long.class).single()).isEqualTo(12);
        List<String> hashes = jdbc.sql("select encode(secret_hash, 'hex') from survey_invitation where survey_id = ?")
                .param(s.survey()).query(String.class).list();
        String invitationsBefore = invitationRows(s.survey());
        long auditBefore = auditRows(s.survey());
        DatabaseDump before = DatabaseDump.of(dataSource);

        // Six answer, each with a different answer, by link, code or their own page, in an order that is not the order of their ids.
        String marker = s.tenant().marker();
        answerByCode(codes.get(2), "1", "คำตอบที่หนึ่งของ " + marker);
        answerByLink(links.get(3), "0", "คำตอบที่สองของ " + marker);
        answerOnOwnPage(s, 6, "2", "คำตอบที่สามของ " + marker);
        answerOnOwnPage(s, 1, "3", "คำตอบที่สี่ของ " + marker);
        answerByCode(codes.get(1), "4", "คำตอบที่ห้าของ " + marker);
        answerByLink(links.get(5), "0", "คำตอบที่หกของ " + marker);
        List<Integer> order = List.of(10, 3, 6, 1, 9, 5);

        assertThat(invitationRows(s.survey())).as("no invitation row was written, moved or removed").isEqualTo(invitationsBefore);
        assertThat(auditRows(s.survey())).as("no answer is audited").isEqualTo(auditBefore);
        DatabaseDump after = DatabaseDump.of(dataSource);

        String surveyId = s.survey().toString();
        assertThat(copyRows(after, "survey_invitation", surveyId)).as("the invitations in the dump, as before anyone answered")
                .hasSize(12).isEqualTo(copyRows(before, "survey_invitation", surveyId));
        List<String> responses = copyRows(after, "survey_response", surveyId);
        List<String> answers = copyRows(after, "survey_answer", surveyId);
        assertThat(responses).hasSize(6).allMatch(row -> row.contains("\tINVITATION\t"));
        assertThat(answers).hasSize(12);
        List<String> answerSide = new ArrayList<>(responses);
        answerSide.addAll(answers);
        for (String row : answerSide) {
            s.staff().forEach(account -> assertThat(row).doesNotContain(account.id().toString()));
            hashes.forEach(hash -> assertThat(row).doesNotContain(hash));
            assertThat(row).doesNotContainPattern("\\d{2}:\\d{2}");
        }
        List<String> answeredBy = order.stream().map(i -> s.staff().get(i).id().toString()).toList();
        assertThat(column(after, "survey", surveyId, "answered_by"))
                .isEqualTo("{" + String.join(",", answeredBy.stream().sorted().toList()) + "}");
        assertThat(column(before, "survey", surveyId, "answered_by")).isEqualTo("{}");
        // The responses do lie in the dump in the order they came (a heap keeps it); nothing on the
        // invitation side changed since before the first answer, so there is nothing to match that order with.
        assertThat(answers.stream().filter(row -> row.contains("คำตอบที่")).map(row -> row.replaceAll(".*คำตอบที่(\\S+)ของ.*", "$1")))
                .containsExactly("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก");
    }

    @Test
    void anAccountAnswersOnceWhetherByItsLinkItsCodeOrItsOwnPage() throws Exception {
        Staffed s = staffed();
        Map<Integer, String> links = mailInvitations(s);
        List<String> codes = printCodes(s);
        String me = "/console/me/surveys/" + s.survey();
        RequestPostProcessor first = as(s.staff().get(0).username());

        Document tasks = page(mvc.perform(get("/console/me").with(first)).andExpect(status().isOk()).andReturn());
        assertThat(tasks.select("a[href=\"" + me + "\"]").text()).isEqualTo("ตอบแบบสำรวจ \"ความพึงพอใจต่อระบบการเลื่อนขั้นเงินเดือน\"");
        assertThat(tasks.text()).contains("รอคำตอบของท่าน");

        Document form = page(mvc.perform(get(links.get(0))).andExpect(status().isOk()).andReturn());
        assertThat(form.select("input[name=a.speed]")).hasSize(5);
        assertThat(form.select("input[name=powChallenge]")).isEmpty();
        Document refused = page(mvc.perform(post(links.get(0)).with(csrf()).param("a.speed", "9").param("a.why", "ยังไม่แน่ใจ"))
                .andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(refused.select("textarea[name=a.why]").text()).isEqualTo("ยังไม่แน่ใจ");
        assertThat(answeredBy(s.survey())).isEmpty();
        answerByLink(links.get(0), "0", "ดีมาก");

        for (var again : List.of(get(links.get(0)), post(links.get(0)).with(csrf()).param("a.speed", "1"),
                get(me).with(first), post(me).with(csrf()).with(first).param("a.speed", "1"))) {
            Document page = page(mvc.perform(again).andExpect(status().isConflict()).andReturn());
            assertThat(page.select("[data-survey-done]").text()).isEqualTo("ท่านตอบแบบสำรวจนี้แล้ว");
        }
        assertThat(page(mvc.perform(get("/console/me").with(first)).andReturn()).select("li:has(a[href=\"" + me + "\"])").text())
                .contains("ตอบแล้ว");

        RequestPostProcessor second = as(s.staff().get(1).username());
        mvc.perform(post(me).with(csrf()).with(second).param("a.speed", "4")).andExpect(status().isOk());
        mvc.perform(get(links.get(1))).andExpect(status().isConflict());
        mvc.perform(post(links.get(1)).with(csrf()).param("a.speed", "4")).andExpect(status().isConflict());

        mvc.perform(post("/survey-invitation").with(csrf()).param("code", "AAAA-BBBB-CCCC"))
                .andExpect(status().isUnprocessableContent());
        String typed = codes.get(0).toLowerCase().replace("-", " ");
        String codeLink = mvc.perform(post("/survey-invitation").with(csrf()).param("code", typed))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(codeLink).isEqualTo("/survey-invitation/" + codes.get(0).replace("-", ""));
        mvc.perform(post(codeLink).with(csrf()).param("a.speed", "2")).andExpect(status().isOk());
        mvc.perform(post(codeLink).with(csrf()).param("a.speed", "2")).andExpect(status().isConflict());
        assertThat(responses(s.survey())).isEqualTo(3);
        assertThat(answeredBy(s.survey())).hasSize(3);

        // The same account at once by its link and its own page: the survey row's lock lets one answer in.
        UUID third = s.staff().get(2).id();
        List<Future<Object>> racing;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Object> answer = () -> {
                try {
                    return answering.answerInvited(s.tenant().id(), s.survey(), third, Map.of("a.speed", List.of("1")));
                } catch (SurveyAlreadyAnswered again) {
                    return again;
                }
            };
            racing = pool.invokeAll(List.of(answer, answer));
        } finally {
            pool.shutdown();
        }
        assertThat(racing.stream().map(f -> {
            try {
                return f.get() instanceof SurveyAlreadyAnswered;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder(true, false);
        assertThat(responses(s.survey())).isEqualTo(4);

        jdbc.sql("update survey_invitation set expires_at = now() - interval '1 minute' where survey_id = ? and user_id = ?")
                .params(s.survey(), s.staff().get(4).id()).update();
        assertThat(page(mvc.perform(get(links.get(4))).andExpect(status().isNotFound()).andReturn()).text())
                .contains("ลิงก์หรือรหัสคำเชิญนี้ใช้ไม่ได้");
        mvc.perform(post(links.get(4)).with(csrf()).param("a.speed", "1")).andExpect(status().isNotFound());
        mvc.perform(get("/survey-invitation/" + "x".repeat(43))).andExpect(status().isNotFound());

        surveys.close(officer(s), s.survey());
        assertThat(page(mvc.perform(get(links.get(5))).andExpect(status().isOk()).andReturn()).text())
                .contains("ไม่ได้เปิดรับคำตอบ");
        mvc.perform(post(links.get(5)).with(csrf()).param("a.speed", "1")).andExpect(status().isGone());
        assertThat(page(mvc.perform(get("/console/me").with(as(s.staff().get(5).username()))).andReturn())
                .select("li:has(a[href=\"" + me + "\"])").text()).contains("ปิดรับคำตอบแล้ว");
        assertThat(responses(s.survey())).isEqualTo(4);
    }

    @Test
    void anotherTenantFindsNothingAndTheStaffWhoAnswerReadNoResults() throws Exception {
        Staffed s = staffed();
        Map<Integer, String> links = mailInvitations(s);
        Tenant other = fixtures.create();
        String ours = "/console/surveys/" + s.survey();
        for (Role role : List.of(Role.INTEGRITY_OFFICER, Role.UNIT_STAFF, Role.STAFF_MEMBER, Role.TENANT_ADMIN)) {
            RequestPostProcessor them = as(other.username(role));
            int refused = mvc.perform(get(ours + "/invitations").with(them)).andReturn().getResponse().getStatus();
            assertThat(refused).isIn(403, 404);
            mvc.perform(get("/console/me/surveys/" + s.survey()).with(them)).andExpect(status().isNotFound());
            mvc.perform(post("/console/me/surveys/" + s.survey()).with(csrf()).with(them).param("a.speed", "0"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post(ours + "/invitations/mail").with(csrf()).with(as(other.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isNotFound());
        mvc.perform(post(ours + "/invitations/print").with(csrf()).with(as(other.username(Role.INTEGRITY_OFFICER))))
                .andExpect(status().isNotFound());

        // Their own staff survey, to which ours were not invited.
        StaffPrincipal theirOfficer = principals.principal(other.username(Role.INTEGRITY_OFFICER));
        UUID theirs = surveys.create(theirOfficer, draft(), SurveyFixture.satisfaction(), null);
        surveys.open(theirOfficer, theirs);
        mvc.perform(get("/console/me/surveys/" + theirs).with(as(s.staff().get(0).username()))).andExpect(status().isNotFound());
        mvc.perform(get("/console/me/surveys/" + s.survey()).with(as(s.tenant().username(Role.EXECUTIVE))))
                .andExpect(status().isNotFound());

        RequestPostProcessor member = as(s.staff().get(0).username());
        answerByLink(links.get(0), "0", null);
        for (String path : List.of("/results", "/invitations", "", "/preview", "/paper")) {
            mvc.perform(get(ours + path).with(member)).andExpect(status().isForbidden());
        }
        assertThat(responses(s.survey())).isEqualTo(1);
    }

    private Staffed staffed() {
        Tenant t = fixtures.create();
        Unit division = units.create(t.id(), null, UnitKind.DIVISION, new UnitDetails("กองการเจ้าหน้าที่ " + t.marker(), null, null, null));
        Unit section = units.create(t.id(), division.id(), UnitKind.SECTION, new UnitDetails("ฝ่ายบุคคล " + t.marker(), null, null, null));
        List<StaffUser> staff = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            staff.add(users.create(new NewStaffUser(t.id(), t.marker() + ".staff" + i, "บุคลากร " + (char) ('a' + i) + " " + t.marker(),
                    i < 8 ? "staff" + i + "." + t.marker() + "@example.org" : null, i % 2 == 0 ? division.id() : section.id(),
                    EnumSet.of(Role.STAFF_MEMBER), null, TenantFixture.PASSWORD, false, false)));
        }
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID survey = surveys.create(officer, draft(), SurveyFixture.satisfaction(), null);
        surveys.open(officer, survey);
        return new Staffed(t, division, List.copyOf(staff), survey);
    }

    /** Mails the division's staff; the links by the index of their account. */
    private Map<Integer, String> mailInvitations(Staffed s) throws Exception {
        int before = smtp.getReceivedMessages().length;
        mvc.perform(post("/console/surveys/" + s.survey() + "/invitations/mail").with(csrf()).with(officerOf(s))
                .param("units", s.division().id().value().toString()))
                .andExpect(redirectedUrl("/console/surveys/" + s.survey() + "/invitations"));
        assertThat(smtp.waitForIncomingEmail(10_000, before + 8)).isTrue();
        Map<Integer, String> links = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            links.put(i, linkIn(mailTo(s.email(i))));
        }
        Document page = page(mvc.perform(get("/console/surveys/" + s.survey() + "/invitations").with(officerOf(s)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.text()).contains("เชิญแล้ว ๘ คน");
        return links;
    }

    /** Prints the codes of the division's staff without e-mail, in the order of the slips (their accounts 8 to 11). */
    private List<String> printCodes(Staffed s) throws Exception {
        Document sheet = page(mvc.perform(post("/console/surveys/" + s.survey() + "/invitations/print").with(csrf())
                .with(officerOf(s)).param("units", s.division().id().value().toString())).andExpect(status().isOk()).andReturn());
        assertThat(sheet.select(".code-slip svg title")).hasSize(4);
        assertThat(sheet.select(".code-slip h2").eachText())
                .containsExactlyInAnyOrderElementsOf(s.staff().subList(8, 12).stream().map(StaffUser::displayName).toList());
        List<String> codes = new ArrayList<>();
        for (int i = 8; i < 12; i++) {
            String name = s.staff().get(i).displayName();
            codes.add(sheet.select(".code-slip").stream().filter(slip -> slip.select("h2").text().equals(name))
                    .findFirst().orElseThrow().select("code.code").text());
        }
        return codes;
    }

    private void answerOnOwnPage(Staffed s, int account, String speed, String why) throws Exception {
        mvc.perform(post("/console/me/surveys/" + s.survey()).with(csrf()).with(as(s.staff().get(account).username()))
                .param("a.speed", speed).param("a.why", why)).andExpect(status().isOk());
    }

    private void answerByLink(String link, String speed, String why) throws Exception {
        var request = post(link).with(csrf()).param("a.speed", speed);
        if (why != null) {
            request.param("a.why", why);
        }
        assertThat(page(mvc.perform(request).andExpect(status().isOk()).andReturn()).text()).contains("ขอบคุณที่ตอบแบบสำรวจ");
    }

    private void answerByCode(String code, String speed, String why) throws Exception {
        String link = mvc.perform(post("/survey-invitation").with(csrf()).param("code", code))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(link)).andExpect(status().isOk());
        answerByLink(link, speed, why);
    }

    /** The invitation rows as PostgreSQL holds them: where each lies, the transaction that wrote it, and its text. */
    private String invitationRows(UUID survey) {
        return jdbc.sql("select ctid::text || ' ' || xmin::text || ' ' || t::text from survey_invitation t where survey_id = ? order by 1")
                .param(survey).query(String.class).list().toString();
    }

    private long auditRows(UUID survey) {
        return jdbc.sql("select count(*) from audit_event where record_id = ?").param(survey.toString()).query(Long.class).single();
    }

    private List<UUID> answeredBy(UUID survey) {
        return jdbc.sql("select unnest(answered_by) from survey where id = ?").param(survey).query(UUID.class).list();
    }

    private long responses(UUID survey) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey).query(Long.class).single();
    }

    /** The lines of a table's COPY block in the dump that name the survey, in the dump's order. */
    private static List<String> copyRows(DatabaseDump dump, String table, String surveyId) {
        return block(dump.text(), table).stream().skip(1).filter(row -> row.contains(surveyId)).toList();
    }

    /** One column of the row with this id in a table's COPY block. */
    private static String column(DatabaseDump dump, String table, String id, String column) {
        List<String> block = block(dump.text(), table);
        String header = block.get(0);
        List<String> columns = Arrays.stream(header.substring(header.indexOf('(') + 1, header.indexOf(')')).split(", ")).toList();
        String row = block.stream().skip(1).filter(line -> line.startsWith(id + "\t")).findFirst().orElseThrow();
        return row.split("\t", -1)[columns.indexOf(column)];
    }

    /** The COPY line of a table and its rows. */
    private static List<String> block(String dump, String table) {
        int start = dump.indexOf("COPY public." + table + " (");
        assertThat(start).as("the dump has a COPY block for %s", table).isNotNegative();
        int end = dump.indexOf("\n\\.\n", start);
        return List.of(dump.substring(start, end).split("\n"));
    }

    private static SurveyDraft draft() {
        return new SurveyDraft(Survey.Kind.SURVEY, Survey.Audience.STAFF, null, "ความพึงพอใจต่อระบบการเลื่อนขั้นเงินเดือน", null, null,
                null, null, null, null, false, null, null);
    }

    private StaffPrincipal officer(Staffed s) {
        return principals.principal(s.tenant().username(Role.INTEGRITY_OFFICER));
    }

    private RequestPostProcessor officerOf(Staffed s) {
        return as(s.tenant().username(Role.INTEGRITY_OFFICER));
    }

    private RequestPostProcessor as(String username) {
        return authentication(principals.authentication(username));
    }

    @Test
    void wrongLinksAndCodesFromOneAddressAreCountedAndThenTheAddressWaits() throws Exception {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        org.springframework.test.web.servlet.request.RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        for (int guess = 0; guess < 10; guess++) {
            mvc.perform(get("/survey-invitation/ABCD" + guess + "EFGH2345").with(from)).andExpect(status().isNotFound());
        }
        String locked = mvc.perform(get("/survey-invitation/ABCDXEFGH2345").with(from))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(locked).doesNotContain("Exception");
        mvc.perform(post("/survey-invitation").with(csrf()).with(from).param("code", "ABCD-EFGH-2345"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/survey-invitation/ABCDXEFGH2345")).andExpect(status().isNotFound());
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile(Pattern.quote(SITE) + "(/survey-invitation/[A-Za-z0-9_-]{43})").matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static MimeMessage mailTo(String address) {
        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
