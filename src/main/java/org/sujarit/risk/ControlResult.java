package org.sujarit.risk;

/** A principle's result in the ปค.๔: เพียงพอ / ควรปรับปรุง / ไม่เกี่ยวข้อง. */
public enum ControlResult { ADEQUATE, NEEDS_IMPROVEMENT, NOT_APPLICABLE }
