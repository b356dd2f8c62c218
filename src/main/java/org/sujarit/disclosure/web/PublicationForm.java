package org.sujarit.disclosure.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sujarit.disclosure.PublicationDraft;
import org.sujarit.shared.RuleViolation;

/**
 * A publication as typed in the form; every field is text so that nothing typed is lost when a
 * value cannot be read, and the date is checked here with a message.
 */
public class PublicationForm {

    private String period = "";
    private String title = "";
    private String publishedOn = "";
    private String linkUrl = "";
    private String notes = "";

    static PublicationForm blank(String period, LocalDate today) {
        PublicationForm form = new PublicationForm();
        form.period = period;
        form.publishedOn = today.toString();
        return form;
    }

    PublicationDraft toDraft(String fileName, byte[] content) {
        LocalDate date;
        try {
            date = publishedOn == null || publishedOn.isBlank() ? null : LocalDate.parse(publishedOn.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("publishedOn", "disclosure.publishedOn.invalid");
        }
        return new PublicationDraft(period, title, date, linkUrl, fileName, content, notes);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
