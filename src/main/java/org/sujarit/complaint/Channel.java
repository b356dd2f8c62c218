package org.sujarit.complaint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two channels, kept visibly apart as the seed asks: the corruption channel is separate "to
 * protect the whistleblower's data".
 */
public enum Channel {
    /** เรื่องร้องทุกข์/ร้องเรียนทั่วไป. */
    GENERAL,
    /** ร้องเรียนการทุจริตและประพฤติมิชอบ. */
    CORRUPTION;

    /**
     * Whether a case's text, files and the reporter's contact are kept sealed: text and files under
     * the content key, the contact in the identity vault, shown to staff only through a custodian.
     * A general complaint's stay readable, and its officer sees the contact at once.
     */
    public boolean sealsAtRest() {
        return this == CORRUPTION;
    }

    /**
     * Whether a case about a unit is hidden from everyone of that unit and the units beneath it
     * (lists, counts, search, pages, digests): a report about one's own unit is not one's to see.
     */
    public boolean hiddenFromInvolvedUnit() {
        return this == CORRUPTION;
    }

    /** The channels whose cases are hidden from the unit they are about, by name, for SQL. */
    public static List<String> hidingFromInvolvedUnit() {
        return Arrays.stream(values()).filter(Channel::hiddenFromInvolvedUnit).map(Enum::name).toList();
    }

    /** The channels whose cases' text is sealed at rest, by name, for SQL. */
    public static List<String> sealingAtRest() {
        return Arrays.stream(values()).filter(Channel::sealsAtRest).map(Enum::name).toList();
    }

    /** The channel's segment in portal paths: {@code general}, {@code corruption}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> ofPath(String path) {
        for (Channel channel : values()) {
            if (channel.path().equals(path)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
