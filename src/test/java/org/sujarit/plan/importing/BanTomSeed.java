package org.sujarit.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Ban Tom plan (a copy of ../shared/seeds/000_3865b6eb7c311b7a.txt) and its unit tree, for tests. */
final class BanTomSeed {

    static final String LEGAL = "สำนักปลัด/ฝ่ายปกครอง/งานนิติการ";
    static final String POLICY = "สำนักปลัด/ฝ่ายปกครอง/งานนโยบายและแผน";
    /** The units of the Ban Tom demo tenant (src/main/resources/demo/bantom.yml) as paths. */
    static final List<String> UNIT_PATHS = List.of("สำนักปลัด", "สำนักปลัด/ฝ่ายปกครอง", LEGAL, POLICY,
            "กองคลัง", "กองช่าง", "กองสาธารณสุข");

    private BanTomSeed() {
    }

    static String text() {
        try (InputStream in = BanTomSeed.class.getResourceAsStream("/plan/bantom-seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult imported() {
        return new PlanTextImport().parse(text(), 2566, 2570, UNIT_PATHS);
    }
}
