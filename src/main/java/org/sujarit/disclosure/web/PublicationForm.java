package org.sujarit.disclosure.web;

import java.time.LocalDate;

import org.sujarit.disclosure.PublicationDraft;

/**
 * A publication as typed in the form. The date binds as every form's date does, in the Buddhist
 * Era, and a date that cannot be read comes back as typed with its reason.
 */
public class PublicationForm {

    private String period = "";
    private String title = "";
    private LocalDate publishedOn;
    private String linkUrl = "";
    private String notes = "";

    static PublicationForm blank(String period, LocalDate today) {
        PublicationForm form = new PublicationForm();
        form.period = period;
        form.publishedOn = today;
        return form;
    }

    PublicationDraft toDraft(String fileName, byte[] content) {
        return new PublicationDraft(period, title, publishedOn, linkUrl, fileName, content, notes);
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

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
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
