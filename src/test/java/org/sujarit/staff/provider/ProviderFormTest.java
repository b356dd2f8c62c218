package org.sujarit.staff.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An issuer typed with a Thai domain name is taken in the xn-- form a URI is written in. */
class ProviderFormTest {

    private static ProviderForm typed(String issuer) {
        return new ProviderForm("nongbua", "หนองบัว", "Nong Bua", issuer, "client", "secret", "sub", "ES256", null, "openid");
    }

    @Test
    void aThaiDomainNameIsAnIssuerLikeAnyOther() {
        ProviderForm thai = typed("  https://sso.เทศบาลหนองบัว.go.th/realms/staff ");
        assertThat(thai.issuer()).startsWith("https://sso.xn--").endsWith(".go.th/realms/staff");
        assertThat(thai.issuerAcceptable()).isTrue();
        assertThat(thai.draft(null).issuerUri()).isEqualTo(thai.issuer());
        assertThat(typed("https://sso.example.go.th/realms/staff").issuer()).isEqualTo("https://sso.example.go.th/realms/staff");
        assertThat(typed("sso.เทศบาลหนองบัว.go.th/realms/staff").issuerAcceptable()).isFalse();
        assertThat(typed("http://sso.example.go.th").issuerAcceptable()).isFalse();
        assertThat(typed("http://localhost:9000/realms/x").issuerAcceptable()).isTrue();
    }
}
