package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.support.Http;
import org.sujarit.support.ServerTest;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * A citizen who takes longer to write than a session lasts (30 minutes: a long complaint typed on a
 * phone, a tab left open over lunch) still files it: the form's anti-forgery token outlives the
 * session. It used to be kept in the session, so the form answered a bare 403 and what the citizen
 * had written was gone.
 */
@ServerTest
@TestPropertySource(properties = "sujarit.complaints.friction=false")
class LongOpenFormTest {

    @LocalServerPort int port;
    @Autowired TenantFixture fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aComplaintWrittenPastTheSessionsEndIsFiled() throws Exception {
        Tenant t = fixtures.create();
        CookieManager cookies = new CookieManager();
        Http browser = new Http(port, cookies);
        String path = "/" + t.organisation().slug() + "/complaints/general";
        Document form = Jsoup.parse(browser.get(path).body());
        String category = form.select("select[name=categoryId] option[value]").stream()
                .map(option -> option.attr("value")).filter(value -> !value.isEmpty()).findFirst().orElseThrow();

        // The session ends while the citizen writes (as the expiry job would end it).
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals("SUJARIT_SESSION")) {
                String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
                assertThat(jdbc.sql("delete from spring_session where session_id = ?").param(id).update()).isOne();
            }
        }

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", Http.csrfToken(form.html()));
        fields.put("categoryId", category);
        fields.put("subject", "ท่อระบายน้ำอุดตัน " + t.marker());
        fields.put("description", "ท่อระบายน้ำหน้าตลาดอุดตันมาสองสัปดาห์ น้ำขังทุกครั้งที่ฝนตก");
        fields.put("anonymous", "true");
        fields.put("personalDataChecked", "true");
        HttpResponse<String> answer = browser.multipart(path, fields, List.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from complaint_case where tenant_id = ? and subject like ?")
                .params(t.id().value(), "%" + t.marker()).query(Integer.class).single()).isOne();
    }
}
