package org.sujarit.survey;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.console.MemberTask;
import org.sujarit.shared.TenantMember;
import org.sujarit.shared.ThaiDates;

/**
 * On a person's own page: each staff survey they were invited to, to answer until they have (told
 * by the survey's set of who has answered, never by the answers), or closed.
 */
@Component
class SurveyMemberTasks implements MemberTask.Source {

    private final SurveyInvitations invitations;
    private final Answering answering;

    SurveyMemberTasks(SurveyInvitations invitations, Answering answering) {
        this.invitations = invitations;
        this.answering = answering;
    }

    @Override
    public List<MemberTask> tasksOf(TenantMember member) {
        return invitations.invitedTo(member).stream().map(invited -> {
            Survey s = invited.survey();
            boolean open = answering.answerable(s);
            String state = invited.answered() ? "survey.invitation.taskAnswered"
                    : !open ? "survey.invitation.taskClosed"
                    : s.closesOn() == null ? "survey.invitation.taskDue" : "survey.invitation.taskDueUntil";
            List<Object> until = s.closesOn() == null ? List.of() : List.of(ThaiDates.longDate(s.closesOn(), LocaleContextHolder.getLocale()));
            return new MemberTask("survey.invitation.task", List.of(s.titleTh()), "/console/me/surveys/" + s.id(), state,
                    until, !invited.answered() && open);
        }).toList();
    }

    @Override
    public int order() {
        return 50;
    }
}
