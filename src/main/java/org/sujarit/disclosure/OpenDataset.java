package org.sujarit.disclosure;

import org.sujarit.shared.TenantId;

import java.time.LocalDate;
import java.util.List;

/**
 * A dataset a module publishes as open data on a tenant's portal (under {@code /{slug}/open-data/}),
 * listed on the open-data page and in its DCAT catalogue so that a national data portal can
 * harvest it.
 *
 * @param id            unique within the tenant, e.g. {@code procurement-2570}
 * @param modified      when its content last changed, or {@code null} when unknown
 * @param distributions its files, e.g. CSV and JSON
 */
public record OpenDataset(String id, String titleTh, String titleEn, String descriptionTh, String descriptionEn,
                          LocalDate modified, List<Distribution> distributions) {

    /** A file of the dataset: its format (CSV, JSON), media type and path on this site. */
    public record Distribution(String format, String mediaType, String path) {
    }

    /** Implemented by a module, as a bean, that publishes open data. */
    public interface Source {

        List<OpenDataset> datasets(TenantId tenant, String slug);
    }
}
