package org.sujarit.oversight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sujarit.shared.IndicatorSource;
import org.sujarit.shared.IndicatorSource.Indicator;

/** Every module's indicators, in the order of the sources' names and then as each source lists them. */
@Component
public class IndicatorCatalogue {

    private static final List<String> ORDER = List.of("plan", "risk", "complaint", "disclosure", "procurement",
            "survey", "registers");

    private final List<IndicatorSource> sources;
    private final Map<String, Indicator> byKey = new LinkedHashMap<>();

    IndicatorCatalogue(List<IndicatorSource> sources) {
        List<IndicatorSource> ordered = new ArrayList<>(sources);
        ordered.sort((a, b) -> Integer.compare(rank(a.name()), rank(b.name())));
        this.sources = Collections.unmodifiableList(ordered);
        for (IndicatorSource source : ordered) {
            for (Indicator indicator : source.indicators()) {
                if (!indicator.source().equals(source.name())) {
                    throw new IllegalStateException(indicator.key() + " does not start with its source " + source.name());
                }
                if (byKey.put(indicator.key(), indicator) != null) {
                    throw new IllegalStateException("Two indicators named " + indicator.key());
                }
            }
        }
    }

    private static int rank(String name) {
        int at = ORDER.indexOf(name);
        return at < 0 ? ORDER.size() : at;
    }

    public List<IndicatorSource> sources() {
        return sources;
    }

    public List<Indicator> indicators() {
        return List.copyOf(byKey.values());
    }

    public List<Indicator> of(String source) {
        return byKey.values().stream().filter(i -> i.source().equals(source)).toList();
    }

    public Optional<Indicator> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    Optional<IndicatorSource> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
