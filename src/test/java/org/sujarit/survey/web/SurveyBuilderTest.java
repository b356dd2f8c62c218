package org.sujarit.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.survey.Answering;
import org.sujarit.survey.Question;
import org.sujarit.survey.QuestionType;
import org.sujarit.survey.Questionnaire;
import org.sujarit.survey.Results;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyResults;
import org.sujarit.survey.Surveys;

/**
 * The authoring console on real PostgreSQL, through its forms: surveys and tests made, questions of
 * every type added, edited, moved and deleted, shown-if and correct answers picked without
 * JavaScript, bad input back with 422, a new version once answered, a unit's staff kept to their unit.
 */
@WebTest
class SurveyBuilderTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired Answering answering;
    @Autowired SurveyResults results;

    @Test
    void aSurveyAndAPrePostTestPairAreMadeThroughTheFormsWithBuddhistEraDates() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        UUID survey = create(t, officer, Map.of("kind", "SURVEY", "audience", "PUBLIC", "titleTh", "ความพึงพอใจ " + t.marker(),
                "opensOn", "1/10/2569", "closesOn", "30 ก.ย. 2570"));
        Survey made = view(t, survey).survey();
        assertThat(made.opensOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(made.closesOn()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(made.status()).isEqualTo(Survey.Status.DRAFT);
        assertThat(made.passMark()).isNull();
        assertThat(view(t, survey).questions().sections()).hasSize(1);

        UUID pre = create(t, officer, Map.of("kind", "TEST", "audience", "STAFF", "titleTh", "ก่อนอบรม " + t.marker(),
                "passMark", "๖๐", "showScore", "true", "minAnswers", "๑๐"));
        UUID post = create(t, officer, Map.of("kind", "TEST", "audience", "STAFF", "titleTh", "หลังอบรม " + t.marker(),
                "passMark", "70", "preTestId", pre.toString()));
        Survey preTest = view(t, pre).survey();
        assertThat(preTest.passMark()).isEqualByComparingTo("60");
        assertThat(preTest.showScore()).isTrue();
        assertThat(preTest.minAnswers()).isEqualTo(10);
        assertThat(view(t, post).survey().preTestId()).isEqualTo(pre);
        assertThat(view(t, post).survey().showScore()).isFalse();

        Document list = Jsoup.parse(page(get("/console/surveys"), officer, 200));
        assertThat(list.select("table").text()).contains("ความพึงพอใจ " + t.marker(), "แบบทดสอบความรู้",
                "๑ ตุลาคม ๒๕๖๙", "ร่าง");
        assertThat(list.select("nav.console-nav a[href=/console/surveys]")).hasSize(1);
        Document overview = Jsoup.parse(page(get("/console/surveys/" + post), officer, 200));
        assertThat(overview.select("select[name=preTestId] option[selected]").val()).isEqualTo(pre.toString());
        assertThat(overview.select("a[href$=/questions], a[href$=/preview], a[href$=/paper], a[href$=/results]")).hasSize(4);

        // Settings changed on the survey's page; its kind stays a test whatever the form says.
        page(post("/console/surveys/" + post + "/settings").param("kind", "SURVEY").param("titleTh", "หลังอบรม ปรับ")
                .param("passMark", "80").param("preTestId", pre.toString()).param("minAnswers", "5"), officer, 302);
        assertThat(view(t, post).survey().titleTh()).isEqualTo("หลังอบรม ปรับ");
        assertThat(view(t, post).survey().kind()).isEqualTo(Survey.Kind.TEST);
        assertThat(view(t, post).survey().passMark()).isEqualByComparingTo("80");
    }

    @Test
    void aQuestionOfEachTypeIsAddedEditedMovedAndDeleted() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        UUID id = create(t, officer, Map.of("kind", "SURVEY", "audience", "PUBLIC", "titleTh", "ทุกแบบ"));
        for (QuestionType type : QuestionType.values()) {
            add(id, officer, 0, Map.of("type", type.name(), "th", "ข้อ " + type, "required", "true",
                    "choices", "ก | A\nข\n\nค", "min", "๑", "max", "100"));
        }
        Questionnaire q = view(t, id).questions();
        assertThat(q.questions()).extracting(Question::key).containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8");
        assertThat(q.questions()).extracting(Question::type).containsExactly(QuestionType.values());
        assertThat(q.question("q1").orElseThrow().choices()).extracting(c -> c.th() + "/" + c.en())
                .containsExactly("ก/A", "ข/null", "ค/null");
        assertThat(q.question("q3").orElseThrow().choices()).isEmpty();
        assertThat(q.question("q6").orElseThrow().min()).isEqualByComparingTo("1");
        assertThat(q.question("q7").orElseThrow().min()).isNull();

        Document form = Jsoup.parse(page(get("/console/surveys/" + id + "/questions/q2"), officer, 200));
        assertThat(form.select("textarea[name=choices]").val()).isEqualTo("ก | A\nข\nค");
        page(post("/console/surveys/" + id + "/questions/q2").param("type", "MULTIPLE").param("th", "แก้แล้ว")
                .param("en", "Edited").param("choices", "หนึ่ง\nสอง"), officer, 302);
        Question edited = view(t, id).questions().question("q2").orElseThrow();
        assertThat(edited.th()).isEqualTo("แก้แล้ว");
        assertThat(edited.en()).isEqualTo("Edited");
        assertThat(edited.required()).isFalse();
        assertThat(edited.choices()).hasSize(2);
        // Another type is another question: it takes a new key.
        page(post("/console/surveys/" + id + "/questions/q8").param("type", "SHORT_TEXT").param("th", "สั้นแทน"), officer, 302);
        assertThat(keys(t, id)).containsExactly("q1", "q2", "q3", "q4", "q5", "q6", "q7", "q9");

        page(post("/console/surveys/" + id + "/questions/q2/up"), officer, 302);
        page(post("/console/surveys/" + id + "/sections").param("th", "ส่วนที่สอง").param("en", "Part two"), officer, 302);
        page(post("/console/surveys/" + id + "/questions/q9/down"), officer, 302);
        assertThat(keys(t, id)).containsExactly("q2", "q1", "q3", "q4", "q5", "q6", "q7", "q9");
        assertThat(view(t, id).questions().sections().get(1).questions()).extracting(Question::key).containsExactly("q9");
        page(post("/console/surveys/" + id + "/questions/q9/up"), officer, 302);
        assertThat(view(t, id).questions().sections().get(1).questions()).isEmpty();
        page(post("/console/surveys/" + id + "/sections/1").param("th", "ส่วนท้าย"), officer, 302);
        assertThat(view(t, id).questions().sections().get(1).th()).isEqualTo("ส่วนท้าย");
        page(post("/console/surveys/" + id + "/sections/1/up"), officer, 302);
        assertThat(view(t, id).questions().sections().get(0).questions()).isEmpty();
        assertThat(page(post("/console/surveys/" + id + "/sections/1/delete"), officer, 422)).contains("ลบส่วนได้เมื่อไม่มีคำถามแล้ว");
        page(post("/console/surveys/" + id + "/sections/0/delete"), officer, 302);
        assertThat(view(t, id).questions().sections()).hasSize(1);

        page(post("/console/surveys/" + id + "/questions/q5/delete"), officer, 302);
        assertThat(keys(t, id)).containsExactly("q2", "q1", "q3", "q4", "q6", "q7", "q9");
        page(post("/console/surveys/" + id + "/questions/q5/delete"), officer, 404);
        page(post("/console/surveys/" + id + "/sections/7/delete"), officer, 404);

        Document editor = Jsoup.parse(page(get("/console/surveys/" + id + "/questions"), officer, 200));
        assertThat(editor.select("li[id^=question-]")).hasSize(7);
        assertThat(editor.select("li#question-q3").text()).contains("มาตราส่วน", "ต้องตอบ");
    }

    @Test
    void shownIfAndCorrectAnswersArePickedInTwoStepsWithoutJavaScript() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        UUID id = create(t, officer, Map.of("kind", "TEST", "audience", "PUBLIC", "titleTh", "แบบทดสอบ", "passMark", "50"));
        add(id, officer, 0, Map.of("type", "SINGLE", "th", "ท่านเป็น", "choices", "ประชาชน\nผู้ประกอบการ", "groups", "true"));

        // Step one: the earlier question picked, the form comes back unsaved with its answers to tick.
        Document step = Jsoup.parse(page(post("/console/surveys/" + id + "/questions/new?section=0").param("type", "SINGLE")
                .param("th", "ถูกหรือผิด").param("choices", "ถูก\nผิด").param("shownIfQuestion", "q1").param("step", "options"),
                officer, 200));
        assertThat(step.select("input[name=shownIfChoices]")).extracting(e -> e.val()).containsExactly("0", "1");
        assertThat(step.select("input[type=checkbox][name=correct]")).extracting(e -> e.val()).containsExactly("ถูก", "ผิด");
        assertThat(step.select("textarea[name=th]").text()).isEqualTo("ถูกหรือผิด");
        assertThat(keys(t, id)).containsExactly("q1");

        // Step two: ticked and saved; the correct answer follows its text when the choices are reordered.
        page(post("/console/surveys/" + id + "/questions/new?section=0").param("type", "SINGLE").param("th", "ถูกหรือผิด")
                .param("choices", "ผิด\nถูก, แน่นอน").param("shownIfQuestion", "q1").param("shownIfChoices", "1")
                .param("correct", "", "ถูก, แน่นอน").param("points", "๒"), officer, 302);
        Question saved = view(t, id).questions().question("q2").orElseThrow();
        assertThat(saved.shownIf()).isEqualTo(new Question.ShownIf("q1", List.of(1)));
        assertThat(saved.correct()).containsExactly(1);
        assertThat(saved.points()).isEqualTo(2);
        assertThat(view(t, id).questions().question("q1").orElseThrow().groups()).isTrue();

        Document edit = Jsoup.parse(page(get("/console/surveys/" + id + "/questions/q2"), officer, 200));
        assertThat(edit.select("input[name=shownIfChoices][checked]").val()).isEqualTo("1");
        assertThat(edit.select("input[name=correct][checked]").val()).isEqualTo("ถูก, แน่นอน");
        assertThat(page(post("/console/surveys/" + id + "/questions/q1/delete"), officer, 422))
                .contains("ลบข้อนี้ไม่ได้ เพราะมีคำถามที่แสดงตามคำตอบของข้อนี้");
    }

    @Test
    void badFormsComeBackWith422AThaiMessageAndWhatWasTyped() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        UUID id = create(t, officer, Map.of("kind", "SURVEY", "audience", "PUBLIC", "titleTh", "แบบสำรวจ"));
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("type", "LIKERT_5", "th", " ", "en", "Only English"), "กรอกข้อความคำถามภาษาไทย",
                Map.of("type", "SINGLE", "th", "เลือก", "choices", "ตัวเลือกเดียว"), "ต้องมีตัวเลือก 2 ถึง 30",
                Map.of("type", "NUMBER", "th", "อายุ", "min", "๕๐", "max", "10"), "ค่าต่ำสุดต้องไม่มากกว่าค่าสูงสุด",
                Map.of("type", "NUMBER", "th", "อายุ", "min", "ห้าสิบ"), "ต้องเป็นตัวเลข",
                Map.of("type", "LIKERT_5", "th", "พอใจ", "groups", "true"), "แยกผลตามคำตอบได้เฉพาะคำถามแบบเลือกข้อเดียว");
        for (var c : cases.entrySet()) {
            MockHttpServletRequestBuilder request = post("/console/surveys/" + id + "/questions/new?section=0");
            c.getKey().forEach(request::param);
            Document form = Jsoup.parse(page(request, officer, 422));
            assertThat(form.select(".error").text()).as(c.getKey().toString()).contains(c.getValue().replace("2 ถึง 30", "๒ ถึง ๓๐"));
            assertThat(form.select("select[name=type] option[selected]").val()).isEqualTo(c.getKey().get("type"));
            c.getKey().forEach((field, typed) -> {
                if (!form.select("input[type=text][name=" + field + "]").isEmpty()) {
                    assertThat(form.select("input[name=" + field + "]").val()).isEqualTo(typed);
                }
                if (!form.select("textarea[name=" + field + "]").isEmpty() && !typed.isBlank()) {
                    assertThat(form.select("textarea[name=" + field + "]").val()).isEqualTo(typed);
                }
            });
        }
        // Values no field takes come back on the form too, never as an error page.
        Document mismatched = Jsoup.parse(page(post("/console/surveys/" + id + "/questions/new?section=0").param("type", "RATING")
                .param("th", "ให้คะแนน").param("required", "บางที").param("shownIfChoices", "x"), officer, 422));
        assertThat(mismatched.select("textarea[name=th]").val()).isEqualTo("ให้คะแนน");
        page(post("/console/surveys/" + id + "/settings").param("titleTh", "ชื่อใหม่").param("unitId", "หน่วย")
                .param("closesOn", "31/02/2570"), officer, 422);
        assertThat(view(t, id).questions().questions()).isEmpty();
        assertThat(view(t, id).survey().titleTh()).isEqualTo("แบบสำรวจ");

        Document test = Jsoup.parse(page(post("/console/surveys/new").param("kind", "TEST").param("audience", "PUBLIC")
                .param("titleTh", "ทดสอบ " + t.marker()).param("passMark", "0").param("opensOn", "2/1/2570"), officer, 422));
        assertThat(test.select(".error").text()).contains("เกณฑ์ผ่านต้องมากกว่า");
        assertThat(test.select("input[name=titleTh]").val()).isEqualTo("ทดสอบ " + t.marker());
        assertThat(test.select("input[name=passMark]").val()).isEqualTo("0");
        assertThat(test.select("select[name=kind] option[selected]").val()).isEqualTo("TEST");
        Document christian = Jsoup.parse(page(post("/console/surveys/new").param("kind", "SURVEY").param("audience", "PUBLIC")
                .param("titleTh", "ปีผิด").param("opensOn", "2/1/2027"), officer, 422));
        assertThat(christian.select(".error").text()).contains("ปีพุทธศักราช");
        assertThat(christian.select("input[name=opensOn]").val()).isEqualTo("2/1/2027");
        page(post("/console/surveys/new").param("kind", "TEST").param("audience", "PUBLIC")
                .param("titleTh", "ทดสอบ").param("passMark", "60"), officer, 302);
        assertThat(surveys.list(principals.principal(officer))).hasSize(2);

        // Opening without a question says why and stays a draft.
        page(post("/console/surveys/" + id + "/open"), officer, 302);
        assertThat(view(t, id).survey().status()).isEqualTo(Survey.Status.DRAFT);
    }

    @Test
    void editingAnAnsweredSurveyMakesVersionTwoAndTheResultsKeepVersionOne() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        UUID id = create(t, officer, Map.of("kind", "SURVEY", "audience", "PUBLIC", "titleTh", "ความพึงพอใจ"));
        add(id, officer, 0, Map.of("type", "LIKERT_5", "th", "ความรวดเร็ว", "required", "true"));
        page(post("/console/surveys/" + id + "/open"), officer, 302);
        assertThat(view(t, id).survey().status()).isEqualTo(Survey.Status.OPEN);
        assertThat(answering.answer(t.id(), id, Map.of("a.q1", List.of("0"))).kept()).isTrue();

        assertThat(page(get("/console/surveys/" + id + "/questions/q1"), officer, 200)).contains("ถ้าแก้คำถาม จะเป็นฉบับที่ ๒");
        page(post("/console/surveys/" + id + "/questions/q1").param("type", "LIKERT_5").param("th", "ความรวดเร็วในการบริการ")
                .param("required", "true"), officer, 302);
        add(id, officer, 0, Map.of("type", "LONG_TEXT", "th", "ข้อเสนอแนะ"));
        assertThat(view(t, id).survey().version()).isEqualTo(2);
        assertThat(answering.answer(t.id(), id, Map.of("a.q1", List.of("1"), "a.q2", List.of("ดีมาก"))).kept()).isTrue();
        Results r = results.of(view(t, id).survey(), SurveyResults.Period.ALL);
        assertThat(r.byVersion()).containsExactly(new Results.VersionCount(1, 1), new Results.VersionCount(2, 1));
        assertThat(page(get("/console/surveys/" + id), officer, 200)).contains("คำถามฉบับที่ ๒", "๒ คน");

        page(post("/console/surveys/" + id + "/close"), officer, 302);
        page(post("/console/surveys/" + id + "/publication").param("publish", "true"), officer, 302);
        assertThat(view(t, id).survey().published()).isTrue();
        assertThat(page(get("/console/surveys/" + id), officer, 200)).contains("หยุดเผยแพร่ผล");
    }

    @Test
    void aUnitsStaffSeeAndEditOnlyTheirUnitsSurveysAndBasicStaffAreRefused() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        String unitStaff = t.username(Role.UNIT_STAFF);
        UUID officers = create(t, officer, Map.of("kind", "SURVEY", "audience", "STAFF", "titleTh", "ของงานคุณธรรม"));
        UUID forUnit = create(t, officer, Map.of("kind", "SURVEY", "audience", "PUBLIC", "titleTh", "มอบให้หน่วยงาน",
                "unitId", t.workUnit().id().value().toString()));
        UUID own = create(t, unitStaff, Map.of("kind", "SURVEY", "audience", "PUBLIC", "titleTh", "ของหน่วยงานเอง",
                "unitId", t.division().id().value().toString()));
        assertThat(view(t, own).survey().unitId()).isEqualTo(t.workUnit().id().value());

        String list = page(get("/console/surveys"), unitStaff, 200);
        assertThat(list).contains("มอบให้หน่วยงาน", "ของหน่วยงานเอง").doesNotContain("ของงานคุณธรรม");
        assertThat(Jsoup.parse(page(get("/console/surveys/new"), unitStaff, 200)).select("select[name=unitId]")).isEmpty();
        page(get("/console/surveys/" + officers), unitStaff, 404);
        page(get("/console/surveys/" + officers + "/questions"), unitStaff, 404);
        page(post("/console/surveys/" + officers + "/questions/new?section=0").param("type", "LIKERT_5").param("th", "แทรก"),
                unitStaff, 404);
        page(post("/console/surveys/" + officers + "/open"), unitStaff, 404);
        add(forUnit, unitStaff, 0, Map.of("type", "LIKERT_5", "th", "ของหน่วยงาน"));
        assertThat(view(t, forUnit).questions().questions()).hasSize(1);
        assertThat(view(t, officers).questions().questions()).isEmpty();

        String member = t.username(Role.STAFF_MEMBER);
        page(get("/console/surveys"), member, 403);
        page(get("/console/surveys/" + own), member, 403);
        page(get("/console/surveys"), t.username(Role.EXECUTIVE), 403);
    }

    private UUID create(Tenant t, String username, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/console/surveys/new");
        fields.forEach(request::param);
        MockHttpServletResponse response = perform(request, username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        assertThat(location).endsWith("/questions");
        return UUID.fromString(location.replace("/console/surveys/", "").replace("/questions", ""));
    }

    private void add(UUID survey, String username, int section, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/console/surveys/" + survey + "/questions/new?section=" + section);
        fields.forEach(request::param);
        MockHttpServletResponse response = perform(request, username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private Surveys.View view(Tenant t, UUID id) {
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        return surveys.view(officer, id);
    }

    private List<String> keys(Tenant t, UUID id) {
        return view(t, id).questions().questions().stream().map(Question::key).toList();
    }

    @Test
    void movingTheChoicesOfAnAnsweredQuestionGivesItANewKeyWhileAddingOneAtTheEndDoesNot() throws Exception {
        Tenant t = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        UUID id = create(t, officer, Map.of("kind", "SURVEY", "audience", "PUBLIC", "titleTh", "ช่องทางที่มา"));
        page(post("/console/surveys/" + id + "/questions/new?section=0").param("type", "SINGLE").param("th", "มาอย่างไร")
                .param("required", "true").param("choices", "เดิน\nรถ"), officer, 302);
        String key = surveys.view(principals.principal(officer), id).questions().questions().get(0).key();
        surveys.open(principals.principal(officer), id);
        answering.answer(t.id(), id, Map.of("a." + key, List.of("0")));

        page(post("/console/surveys/" + id + "/questions/" + key).param("type", "SINGLE").param("th", "มาอย่างไร")
                .param("required", "true").param("choices", "เดิน\nรถ\nเรือ"), officer, 302);
        assertThat(surveys.view(principals.principal(officer), id).questions().questions().get(0).key()).isEqualTo(key);
        page(post("/console/surveys/" + id + "/questions/" + key).param("type", "SINGLE").param("th", "มาอย่างไร")
                .param("required", "true").param("choices", "รถ\nเดิน\nเรือ"), officer, 302);
        assertThat(surveys.view(principals.principal(officer), id).questions().questions().get(0).key()).isNotEqualTo(key);
    }

    private String page(MockHttpServletRequestBuilder request, String username, int expected) throws Exception {
        MockHttpServletResponse response = perform(request, username);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(principals.authentication(username))))
                .andReturn().getResponse();
    }
}
