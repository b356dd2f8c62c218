package org.sujarit.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.staff.StaffPrincipal;

/**
 * The survey templates: those bundled with the application ({@code survey/templates/*.yml}, read
 * and checked once at start-up — a broken one stops the start, naming the file and the place at
 * fault) and those a platform admin loads (checked the same way, kept as the file they came in).
 * A fiscal year offers, per family, the latest version whose year it has reached. A template's key
 * never changes what it names, so loaded ones are kept in memory once read.
 */
@Service
public class SurveyTemplates {

    static final String BUNDLED = "classpath*:survey/templates/*.yml";

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<SurveyTemplate> bundled;
    private final Map<String, SurveyTemplate> loaded = new ConcurrentHashMap<>();

    SurveyTemplates(JdbcClient jdbc, Surveys surveys, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.events = events;
        this.clock = clock;
        this.bundled = bundled(BUNDLED);
    }

    /** Every template, bundled and loaded, by family and latest year first. */
    public List<SurveyTemplate> all() {
        List<SurveyTemplate> all = new ArrayList<>(bundled);
        jdbc.sql("select template_key from survey_template").query(String.class).list()
                .forEach(key -> all.add(stored(key).orElseThrow()));
        all.sort(Comparator.comparing(SurveyTemplate::family).thenComparing(SurveyTemplate::year, Comparator.reverseOrder()));
        return all;
    }

    /** The templates a fiscal year offers: per family, the latest version whose year it has reached; the ITA rehearsals first. */
    public List<SurveyTemplate> forYear(FiscalYear year) {
        Map<String, SurveyTemplate> latest = new LinkedHashMap<>();
        for (SurveyTemplate t : all()) {
            if (t.year() <= year.buddhistYear()) {
                latest.putIfAbsent(t.family(), t);
            }
        }
        return latest.values().stream().sorted(Comparator.comparing((SurveyTemplate t) -> t.ita() == null)).toList();
    }

    public Optional<SurveyTemplate> find(String key) {
        return bundled.stream().filter(t -> t.key().equals(key)).findFirst().or(() -> stored(key));
    }

    /** A draft survey made from a template, its questions and suggested settings; on a paired test, {@code preTest} makes it the post-test. */
    @Transactional
    public UUID create(StaffPrincipal me, String key, UUID preTest) {
        SurveyTemplate template = find(key).orElseThrow(TemplateNotFound::new);
        return surveys.create(me, template.draft(preTest), template.questions(), template.key());
    }

    /** Loads a template file; a key already bundled or loaded is refused, since surveys made from it name it. */
    @Transactional
    public SurveyTemplate load(byte[] content, String fileName, UUID by) {
        String source = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        SurveyTemplate template = TemplateFile.read(content, source);
        if (find(template.key()).isPresent()) {
            throw new TemplateProblem("survey.template.exists", template.key());
        }
        jdbc.sql("""
                insert into survey_template (template_key, family, year, content, file_name, loaded_by, loaded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(template.key(), template.family(), template.year(), new String(content, StandardCharsets.UTF_8),
                        source, by, Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new SurveyTemplateLoaded(template.key()));
        return stored(template.key()).orElseThrow();
    }

    private Optional<SurveyTemplate> stored(String key) {
        SurveyTemplate cached = loaded.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("select content, file_name, loaded_at from survey_template where template_key = ?").param(key)
                .query((rs, n) -> TemplateFile.read(rs.getString("content").getBytes(StandardCharsets.UTF_8),
                        rs.getString("file_name")).loaded(rs.getTimestamp("loaded_at").toInstant()))
                .optional().map(t -> {
                    loaded.put(key, t);
                    return t;
                });
    }

    /** The bundled templates, each checked; a broken file stops the start with its name and the place at fault. */
    static List<SurveyTemplate> bundled(String location) {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location, e);
        }
        List<SurveyTemplate> read = new ArrayList<>();
        for (Resource file : files) {
            String path = location.substring(location.indexOf(':') + 1).replace("*.yml", file.getFilename());
            try (InputStream in = file.getInputStream()) {
                SurveyTemplate template = TemplateFile.read(in.readAllBytes(), path);
                if (read.stream().anyMatch(t -> t.key().equals(template.key()))) {
                    throw new IllegalStateException("Survey template " + path + " repeats the key " + template.key());
                }
                read.add(template);
            } catch (TemplateProblem problem) {
                throw new IllegalStateException("Survey template " + path + " is broken: " + problem.getMessage(), problem);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        if (read.isEmpty()) {
            throw new IllegalStateException("No survey template found at " + location);
        }
        read.sort(Comparator.comparing(SurveyTemplate::key));
        return List.copyOf(read);
    }
}
