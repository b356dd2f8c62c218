package org.sujarit.survey;

import java.util.List;

import org.sujarit.tenant.OrganisationKind;

/**
 * The sample the NACC would draw for a local government: a number of respondents by its kind and
 * size where the manual gives one, otherwise a share of its service users with a floor and a cap.
 * The platform does not record an LAO's size, so a page shows every size of its kind.
 *
 * @param share {@code null} when the manual gives no such rule
 */
public record ItaSample(List<BySize> bySize, Share share, ItaRules.Basis basis) {

    /** The respondents the NACC asks of one kind and size of LAO (S, M, L). */
    public record BySize(OrganisationKind kind, String size, int respondents) {
    }

    /** {@code percent} of the users, at least {@code atLeast}, and {@code cap} where there are more than {@code above}. */
    public record Share(int percent, int atLeast, int above, int cap) {
    }

    /** A number to reach, for one size ({@code null}: the share rule's floor), and whether the answers reach it. */
    public record Target(String size, int respondents, boolean reached) {
    }

    public ItaSample {
        bySize = List.copyOf(bySize);
    }

    /** What an LAO of this kind must reach, largest size first; the share rule's floor when its kind has no sizes. */
    public List<Target> targets(OrganisationKind kind, long answers) {
        List<Target> sized = bySize.stream().filter(s -> s.kind() == kind)
                .map(s -> new Target(s.size(), s.respondents(), answers >= s.respondents())).toList();
        if (!sized.isEmpty() || share == null) {
            return sized;
        }
        return List.of(new Target(null, share.atLeast(), answers >= share.atLeast()));
    }
}
