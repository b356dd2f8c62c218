/**
 * Surveys and knowledge tests that measure the plan (issue 14): questionnaires answered by citizens
 * (a public link, a poster at the counter, paper typed in by staff) and by staff (single-use
 * invitations that record only that someone answered, never which answers are theirs), tests
 * before and after a training, consultations on a draft, and the ITA's perception surveys
 * rehearsed — with results, merged where a group is small, that fill the KPI actuals of the plan.
 */
package org.sujarit.survey;
