package org.sujarit.plan;

import java.util.List;

/** The four dimensions (มิติ) of the NACC's plan template for local governments, 2566–2570. */
public final class NaccDimensions {

    public static final List<DimensionContent> DEFAULT = List.of(
            new DimensionContent("1", "การสร้างวัฒนธรรมสุจริต", List.of(), List.of()),
            new DimensionContent("2", "การบริหารราชการด้วยความโปร่งใส", List.of(), List.of()),
            new DimensionContent("3", "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", List.of(), List.of()),
            new DimensionContent("4", "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น", List.of(), List.of()));

    public static final String TITLE = "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส";

    private NaccDimensions() {
    }
}
