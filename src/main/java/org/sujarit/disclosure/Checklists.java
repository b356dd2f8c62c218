package org.sujarit.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;

/**
 * The OIT checklists, as data: the bundled FY2566 and FY2568 lists are loaded at start-up when
 * missing, a platform admin loads the next year's list as a file, and a fiscal year uses the
 * latest list whose first year it has reached. A loaded version never changes, so lists are kept
 * in memory once read.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class Checklists implements ApplicationRunner {

    static final List<String> BUNDLED = List.of("disclosure/ita-2566.yml", "disclosure/ita-2568.yml");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<UUID, Checklist> cache = new ConcurrentHashMap<>();

    Checklists(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String path : BUNDLED) {
            try (InputStream in = new ClassPathResource(path).getInputStream()) {
                Checklist checklist = ChecklistFile.read(in.readAllBytes(), path);
                if (find(checklist.code(), checklist.version()).isEmpty()) {
                    store(checklist);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every loaded version, latest first year first. */
    public List<Checklist> all() {
        return jdbc.sql("select id from disclosure_checklist order by first_year desc, code, version desc")
                .query(UUID.class).list().stream().map(this::get).toList();
    }

    /** The checklist a fiscal year uses: the latest whose first year it has reached. */
    public Optional<Checklist> forYear(FiscalYear year) {
        return jdbc.sql("""
                        select id from disclosure_checklist where first_year <= ?
                        order by first_year desc, version desc limit 1""")
                .param(year.buddhistYear()).query(UUID.class).optional().map(this::get);
    }

    /** Loads a checklist file; a code and version already loaded are refused, since published checks rest on them. */
    @Transactional
    public Checklist load(byte[] content, String fileName) {
        Checklist checklist = ChecklistFile.read(content, fileName == null || fileName.isBlank() ? "upload" : fileName);
        if (find(checklist.code(), checklist.version()).isPresent()) {
            throw new RuleViolation("file", "disclosure.checklist.exists");
        }
        return get(store(checklist));
    }

    private Optional<UUID> find(String code, int version) {
        return jdbc.sql("select id from disclosure_checklist where code = ? and version = ?").params(code, version)
                .query(UUID.class).optional();
    }

    private UUID store(Checklist c) {
        UUID id = jdbc.sql("""
                        insert into disclosure_checklist (code, version, first_year, name_th, name_en, source, loaded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.code(), c.version(), c.firstYear(), c.nameTh(), c.nameEn(), c.source(),
                        Timestamp.from(clock.instant()))
                .query(UUID.class).single();
        for (ChecklistItem i : c.items()) {
            jdbc.sql("""
                    insert into disclosure_checklist_item (checklist_id, number, position, grp, section, title_th, title_en,
                                                           what_th, what_en, frequency, due, auto_source)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i.number(), i.position(), i.group().name(), i.section(), i.titleTh(), i.titleEn(),
                            i.whatTh(), i.whatEn(), i.frequency().name(), i.due().toString(), i.autoSource())
                    .update();
        }
        return id;
    }

    private Checklist get(UUID id) {
        return cache.computeIfAbsent(id, key -> {
            List<ChecklistItem> items = new ArrayList<>(jdbc.sql("""
                            select number, position, grp, section, title_th, title_en, what_th, what_en, frequency, due, auto_source
                            from disclosure_checklist_item where checklist_id = ?""")
                    .param(key)
                    .query((rs, n) -> new ChecklistItem(rs.getString("number"), rs.getInt("position"),
                            DisclosureGroup.valueOf(rs.getString("grp")), rs.getString("section"), rs.getString("title_th"),
                            rs.getString("title_en"), rs.getString("what_th"), rs.getString("what_en"),
                            Frequency.valueOf(rs.getString("frequency")), DueRule.parse(rs.getString("due")),
                            rs.getString("auto_source")))
                    .list());
            items.sort(Comparator.comparingInt(ChecklistItem::position));
            return jdbc.sql("select code, version, first_year, name_th, name_en, source from disclosure_checklist where id = ?")
                    .param(key)
                    .query((rs, n) -> new Checklist(key, rs.getString("code"), rs.getInt("version"), rs.getInt("first_year"),
                            rs.getString("name_th"), rs.getString("name_en"), rs.getString("source"), List.copyOf(items)))
                    .single();
        });
    }
}
