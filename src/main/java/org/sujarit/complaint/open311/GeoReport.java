package org.sujarit.complaint.open311;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shapes of Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) in JSON, with the
 * specification's names. Times are ISO 8601 with Bangkok's offset.
 */
final class GeoReport {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private GeoReport() {
    }

    record Discovery(String changeset, String contact, @JsonProperty("key_service") String keyService,
                     List<Endpoint> endpoints) {
    }

    record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {
    }

    record Service(@JsonProperty("service_code") String code, @JsonProperty("service_name") String name,
                   String description, boolean metadata, String type, String keywords, String group) {
    }

    /** No service asks for more than the standard fields, so every definition has no attributes. */
    record ServiceDefinition(@JsonProperty("service_code") String code, List<Object> attributes) {
    }

    record Request(@JsonProperty("service_request_id") String id, String status,
                   @JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
                   @JsonProperty("service_code") String serviceCode, String description,
                   @JsonProperty("agency_responsible") String agencyResponsible,
                   @JsonProperty("service_notice") String serviceNotice,
                   @JsonProperty("requested_datetime") String requested, @JsonProperty("updated_datetime") String updated,
                   @JsonProperty("expected_datetime") String expected, String address,
                   @JsonProperty("address_id") String addressId, String zipcode, BigDecimal lat,
                   @JsonProperty("long") BigDecimal lon, @JsonProperty("media_url") String mediaUrl) {
    }

    record Created(@JsonProperty("service_request_id") String id, @JsonProperty("service_notice") String serviceNotice,
                   @JsonProperty("account_id") String accountId) {
    }

    record Token(@JsonProperty("service_request_id") String id, String token) {
    }

    record Error(int code, String description) {
    }

    static String time(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(BANGKOK)
                        .toOffsetDateTime());
    }
}
