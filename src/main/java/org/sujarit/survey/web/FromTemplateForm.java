package org.sujarit.survey.web;

import java.util.UUID;

/** Making a survey from a template; on a paired test, {@code preTestId} makes it the post-test of that test. */
record FromTemplateForm(UUID preTestId) {
}
