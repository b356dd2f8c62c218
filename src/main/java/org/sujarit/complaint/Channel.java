package org.sujarit.complaint;

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
