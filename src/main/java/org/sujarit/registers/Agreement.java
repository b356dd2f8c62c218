package org.sujarit.registers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/**
 * A performance agreement as its rules see it: the current version (its goals and hash), the
 * year's-end assessment, and every signature ever given. A signature counts while its hash is the
 * current one; older ones are its history.
 */
public record Agreement(UUID id, int fiscalYear, Party person, UUID unitId, String unitName, Party supervisor,
                        int version, String contentHash, List<AgreementGoal> goals, AgreementAssessment assessment,
                        String assessmentHash, List<Signature> signatures) {

    public enum Stage { AGREEMENT, ASSESSMENT }

    public enum Side { PERSON, SUPERVISOR }

    /** An account as the agreement prints it. */
    public record Party(UUID id, String name, String position) {
    }

    public record Signature(Stage stage, Side side, Party signer, int version, String contentHash, Instant signedAt) {
    }

    public Agreement {
        goals = List.copyOf(goals);
        signatures = List.copyOf(signatures);
    }

    public Optional<Side> sideOf(UUID user) {
        if (person.id().equals(user)) {
            return Optional.of(Side.PERSON);
        }
        return supervisor.id().equals(user) ? Optional.of(Side.SUPERVISOR) : Optional.empty();
    }

    /** The signature of one side on the current version (or current assessment), if given. */
    public Optional<Signature> current(Stage stage, Side side) {
        String hash = stage == Stage.AGREEMENT ? contentHash : assessmentHash;
        return signatures.stream().filter(s -> s.stage() == stage && s.side() == side && s.contentHash().equals(hash))
                .findFirst();
    }

    /** Signatures given to earlier versions or assessments, oldest first. */
    public List<Signature> history() {
        return signatures.stream().filter(s -> !s.contentHash().equals(
                s.stage() == Stage.AGREEMENT ? contentHash : assessmentHash)).toList();
    }

    public AgreementState state() {
        return AgreementState.of(true, current(Stage.AGREEMENT, Side.PERSON).isPresent(),
                current(Stage.AGREEMENT, Side.SUPERVISOR).isPresent(),
                assessmentHash != null && current(Stage.ASSESSMENT, Side.SUPERVISOR).isPresent());
    }

    /** Whether this account may sign the current version now. */
    public boolean awaits(UUID user) {
        return sideOf(user).map(side -> current(Stage.AGREEMENT, side).isEmpty()).orElse(false);
    }

    /** Whether this account may record the year's-end assessment: the supervisor, once both have signed. */
    public boolean assessableBy(UUID user) {
        return supervisor.id().equals(user) && state().signed();
    }

    Side checkSigner(UUID user) {
        Side side = sideOf(user).orElseThrow(() -> new RuleViolation(null, "agreement.notAParty"));
        if (current(Stage.AGREEMENT, side).isPresent()) {
            throw new RuleViolation(null, "agreement.alreadySigned");
        }
        return side;
    }

    void checkAssessor(UUID user) {
        if (!supervisor.id().equals(user)) {
            throw new RuleViolation(null, "agreement.onlySupervisorAssesses");
        }
        if (!state().signed()) {
            throw new RuleViolation(null, "agreement.notSignedYet");
        }
    }

    void checkRevisable() {
        if (assessmentHash != null) {
            throw new RuleViolation(null, "agreement.assessedAlready");
        }
    }
}
