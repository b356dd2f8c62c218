package org.sujarit.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.roster.InvitationSecrets;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.UnitNode;
import org.sujarit.tenant.Units;

/**
 * Staff surveys answered by single-use invitation. Whoever runs an open staff survey invites the
 * tenant's active accounts — all, or those of chosen units and the units beneath them — by an
 * e-mailed link, or by a printed one-time code for those without e-mail; every invited account also
 * finds the survey on its own page. An invitation records only that someone was invited; who has
 * answered is a sorted set on the survey, and nothing joins either to an answer.
 */
@Service
public class SurveyInvitations {

    /** Where an invitation's link and a printed code are used. */
    public static final String PAGE = "/survey-invitation";

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    public enum Kind { MAIL, PRINTED }

    /** The inviting page: how many were invited and have answered, never who answered. */
    public record Overview(Survey survey, boolean invitable, List<UnitNode> units, int accounts, int invited,
                           int answered, boolean mailAvailable) {
    }

    /** What a round of mails did; {@code withoutEmail} are left for printed codes. */
    public record Mailed(int sent, int failed, int withoutEmail) implements java.io.Serializable {
    }

    /** A printed one-time code, shown once; {@code path} is its link ({@code /survey-invitation/K7QM3RTXWN9P}). */
    public record Code(String displayName, String unitName, String code, String path, LocalDate expiresOn) {
    }

    /** A survey someone was invited to, as its respondent's page needs it. */
    public record Invitee(TenantId tenant, UUID userId, Answering.Form form, boolean answered) {
    }

    /** On a member's own page: a staff survey they were invited to, and whether they have answered. */
    public record Invited(Survey survey, boolean answered) {
    }

    private record Fresh(StaffUser account, String secret, Instant expiresAt) {
    }

    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final Surveys managing;
    private final StaffUsers users;
    private final Units units;
    private final SurveyInvitationMails mails;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;
    private final GuessThrottle throttle;

    static final Policy GUESSING = new Policy("survey-invitation", 9, List.of(Duration.ofMinutes(15)));

    SurveyInvitations(SurveyRepository surveys, SurveyInvitationRepository invitations, Surveys managing, StaffUsers users,
                      Units units, SurveyInvitationMails mails, TransactionTemplate transaction,
                      ApplicationEventPublisher events, Clock clock,
                      @Value("${sujarit.surveys.invitation-validity:P30D}") Duration validity, GuessThrottle throttle) {
        this.throttle = throttle;
        this.surveys = surveys;
        this.invitations = invitations;
        this.managing = managing;
        this.users = users;
        this.units = units;
        this.mails = mails;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
    }

    @Transactional(readOnly = true)
    public Overview overview(StaffPrincipal me, UUID id) {
        Survey s = staffSurvey(me, id);
        return new Overview(s, invitable(s), units.activeTree(me.tenant()),
                (int) users.list(me.tenant()).stream().filter(StaffUser::active).count(),
                invitations.issued(me.tenant(), id).size(), surveys.answeredBy(me.tenant(), id).size(), mails.available());
    }

    /**
     * Mails an invitation to every account in the units chosen (none chosen: everyone) that has
     * e-mail, has not answered and holds no live invitation; each mail goes after its invitation
     * is committed, so no mail carries a link that was rolled back.
     */
    public Mailed mail(StaffPrincipal me, UUID id, Collection<UUID> unitIds) {
        if (!mails.available()) {
            throw new RuleViolation(null, "survey.invite.noMail");
        }
        List<StaffUser> withoutEmail = new ArrayList<>();
        List<Fresh> fresh = transaction.execute(status -> issue(me, id, unitIds, Kind.MAIL, account -> {
            if (account.email() == null) {
                withoutEmail.add(account);
                return false;
            }
            return true;
        }));
        Survey s = surveys.find(me.tenant(), id).orElseThrow(SurveyNotFound::new);
        int sent = 0;
        for (Fresh f : fresh) {
            if (mails.send(s, f.account(), PAGE + "/" + f.secret(), f.expiresAt())) {
                sent++;
            }
        }
        return new Mailed(sent, fresh.size() - sent, withoutEmail.size());
    }

    /**
     * Fresh printed codes for the accounts in the units chosen that have not answered and have no
     * e-mail (everyone, when no mail can go out); a code printed earlier for them stops working.
     */
    @Transactional
    public List<Code> print(StaffPrincipal me, UUID id, Collection<UUID> unitIds) {
        boolean mail = mails.available();
        Map<UnitId, String> unitNames = units.tree(me.tenant()).stream()
                .collect(Collectors.toMap(node -> node.unit().id(), node -> node.fullName(THAI)));
        return issue(me, id, unitIds, Kind.PRINTED, account -> !mail || account.email() == null).stream()
                .map(f -> new Code(f.account().displayName(), f.account().unitId() == null ? null : unitNames.get(f.account().unitId()), f.secret(),
                        PAGE + "/" + InvitationSecrets.plainCode(f.secret()), lastDay(f.expiresAt())))
                .toList();
    }

    /**
     * The survey a live link or code is for, looked up for a browser at {@code from}: wrong links and
     * codes from one address are counted, and after ten in a row the address waits a quarter of an hour
     * before any link or code is checked again (a printed code is 12 symbols; this keeps guessing slow
     * on the code form and on the link alike).
     *
     * @throws GuessesLocked while the address waits
     */
    @Transactional(readOnly = true)
    public Optional<Invitee> bySecret(String secret, String from) {
        if (throttle.lockedFor(GUESSING, from).isPresent()) {
            throw new GuessesLocked();
        }
        Optional<Invitee> found = bySecret(secret);
        if (found.isEmpty()) {
            throttle.failed(GUESSING, from);
        }
        return found;
    }

    /** Too many wrong invitation links or codes from one address. */
    public static class GuessesLocked extends RuntimeException {
        GuessesLocked() {
            super("invitation guesses locked", null, false, false);
        }
    }

    /** The survey a live link or code is for, of an active account; empty for anything else. */
    private Optional<Invitee> bySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        String plain = secret.strip();
        byte[] hash = InvitationSecrets.hash(plain.length() <= 20 ? InvitationSecrets.plainCode(plain) : plain);
        return invitations.live(hash, clock.instant()).flatMap(h -> invitee(h.tenant(), h.survey(), h.user()));
    }

    /** The survey as the signed-in member answers it, if they were invited to it: their account is the invitation. */
    @Transactional(readOnly = true)
    public Optional<Invitee> ofMember(TenantMember me, UUID id) {
        if (!me.hasTenant() || !invitations.invited(me.tenant(), id, me.userId())) {
            return Optional.empty();
        }
        return invitee(me.tenant(), id, me.userId());
    }

    /** The staff surveys the member was invited to, past their draft, by title. */
    @Transactional(readOnly = true)
    public List<Invited> invitedTo(TenantMember me) {
        if (!me.hasTenant()) {
            return List.of();
        }
        return surveys.invitedTo(me.tenant(), me.userId());
    }

    /** The last day an invitation works, for its mail and its printed slip. */
    static LocalDate lastDay(Instant expiresAt) {
        return LocalDate.ofInstant(expiresAt.minusSeconds(1), BANGKOK);
    }

    private Optional<Invitee> invitee(TenantId tenant, UUID id, UUID user) {
        if (users.find(tenant, user).filter(StaffUser::active).isEmpty()) {
            return Optional.empty();
        }
        return surveys.find(tenant, id)
                .filter(s -> s.audience() == Survey.Audience.STAFF && s.status() != Survey.Status.DRAFT)
                .map(s -> new Invitee(tenant, user, new Answering.Form(s, surveys.questions(tenant, id, s.version())),
                        surveys.hasAnswered(tenant, id, user)));
    }

    private List<Fresh> issue(StaffPrincipal me, UUID id, Collection<UUID> unitIds, Kind kind, Predicate<StaffUser> reached) {
        Survey s = staffSurvey(me, id);
        if (!invitable(s)) {
            throw new RuleViolation(null, "survey.invite.notOpen");
        }
        Predicate<StaffUser> inScope = scope(me.tenant(), unitIds);
        Map<UUID, SurveyInvitationRepository.Issued> issued = invitations.issued(me.tenant(), id);
        Set<UUID> answered = surveys.answeredBy(me.tenant(), id);
        Instant now = clock.instant();
        Instant expires = s.closesOn() == null ? now.plus(validity)
                : s.closesOn().plusDays(1).atStartOfDay(BANGKOK).toInstant();
        List<Fresh> fresh = new ArrayList<>();
        for (StaffUser account : users.list(me.tenant())) {
            boolean live = kind == Kind.MAIL && issued.containsKey(account.id()) && issued.get(account.id()).expiresAt().isAfter(now);
            if (!account.active() || !inScope.test(account) || live || answered.contains(account.id())
                    || !reached.test(account)) {
                continue;
            }
            String secret = kind == Kind.MAIL ? InvitationSecrets.newToken() : InvitationSecrets.newCode();
            invitations.issue(s, account.id(), kind, InvitationSecrets.hash(kind == Kind.MAIL ? secret
                    : InvitationSecrets.plainCode(secret)), expires);
            fresh.add(new Fresh(account, secret, expires));
        }
        if (!fresh.isEmpty()) {
            events.publishEvent(new SurveyChanged(me.tenant().value(), id, kind == Kind.MAIL ? "invited" : "codes-printed"));
        }
        return fresh;
    }

    /** Accounts of the chosen units and the units beneath them; none chosen: every account. */
    private Predicate<StaffUser> scope(TenantId tenant, Collection<UUID> unitIds) {
        Set<UUID> chosen = unitIds == null ? Set.of() : unitIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            return account -> true;
        }
        Map<UnitId, Boolean> within = units.tree(tenant).stream().collect(Collectors.toMap(node -> node.unit().id(),
                node -> chosen.contains(node.unit().id().value())
                        || node.ancestors().stream().anyMatch(a -> chosen.contains(a.id().value()))));
        return account -> account.unitId() != null && within.getOrDefault(account.unitId(), false);
    }

    private boolean invitable(Survey s) {
        LocalDate today = LocalDate.now(clock);
        return s.status() == Survey.Status.OPEN && (s.closesOn() == null || !s.closesOn().isBefore(today));
    }

    private Survey staffSurvey(StaffPrincipal me, UUID id) {
        Survey s = managing.managed(me, id);
        if (s.audience() != Survey.Audience.STAFF) {
            throw new SurveyNotFound();
        }
        return s;
    }
}
