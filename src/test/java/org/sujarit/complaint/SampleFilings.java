package org.sujarit.complaint;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.shared.TenantId;

/** Complaints as test data: {@code SampleFilings.general(complaintSettings, tenant, "roads").contact(…).build()}. */
final class SampleFilings {

    private final Channel channel;
    private final UUID categoryId;
    private String subject = "ถนนเป็นหลุม";
    private String description = "ถนนเป็นหลุมหลายจุด";
    private String village = "หมู่ 3";
    private String place;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private Contact contact = Contact.NONE;
    private boolean notify;
    private Source source = Source.WEB;

    private SampleFilings(Channel channel, UUID categoryId) {
        this.channel = channel;
        this.categoryId = categoryId;
    }

    static SampleFilings general(ComplaintSettings complaintSettings, TenantId tenant, String code) {
        return new SampleFilings(Channel.GENERAL, category(complaintSettings, tenant, Channel.GENERAL, code));
    }

    static SampleFilings corruption(ComplaintSettings complaintSettings, TenantId tenant, String code) {
        return new SampleFilings(Channel.CORRUPTION, category(complaintSettings, tenant, Channel.CORRUPTION, code));
    }

    private static UUID category(ComplaintSettings complaintSettings, TenantId tenant, Channel channel, String code) {
        return complaintSettings.activeCategories(tenant, channel).stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    SampleFilings subject(String subject) {
        this.subject = subject;
        return this;
    }

    SampleFilings description(String description) {
        this.description = description;
        return this;
    }

    SampleFilings place(String village, String place) {
        this.village = village;
        this.place = place;
        return this;
    }

    SampleFilings point(String latitude, String longitude) {
        this.latitude = new BigDecimal(latitude);
        this.longitude = new BigDecimal(longitude);
        return this;
    }

    SampleFilings contact(String name, String phone, String email) {
        this.contact = new Contact(name, phone, email, null);
        return this;
    }

    /** Asks for e-mail notices of updates. */
    SampleFilings notices() {
        this.notify = true;
        return this;
    }

    Filing build() {
        return new Filing(channel, categoryId, subject, description, village, place, latitude, longitude, null, null, null, null,
                contact.isEmpty(), contact, notify, source, List.of());
    }
}
