package org.sujarit.console;

import java.util.List;

import org.sujarit.shared.TenantMember;

/**
 * Something the programme asks of one member of staff — a declaration to file, a code to
 * acknowledge, an agreement to sign, a survey to answer — shown on their own page
 * ({@code /console/me}), which every account of a local government opens, the basic staff role
 * included.
 *
 * @param titleKey  what it is, in the message bundles
 * @param titleArgs arguments of the title's message (a survey's title)
 * @param href      where it is done
 * @param stateKey  where it stands for this person (e.g. signed, to sign), in the message bundles
 * @param stateArgs arguments of the state's message
 * @param due       whether it still waits for them
 */
public record MemberTask(String titleKey, List<Object> titleArgs, String href, String stateKey, List<Object> stateArgs,
                         boolean due) {

    public MemberTask {
        titleArgs = List.copyOf(titleArgs);
        stateArgs = List.copyOf(stateArgs);
    }

    /** A task whose title needs no argument. */
    public MemberTask(String titleKey, String href, String stateKey, List<Object> stateArgs, boolean due) {
        this(titleKey, List.of(), href, stateKey, stateArgs, due);
    }

    /** A module's tasks for the signed-in member, in the order it wants them shown. */
    public interface Source {

        List<MemberTask> tasksOf(TenantMember member);

        /** Where the module's tasks stand among the others' (lower first). */
        int order();
    }
}
