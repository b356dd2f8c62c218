package org.sujarit.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Prometheus server reads at {@code /actuator/prometheus}: the request as Prometheus sends
 * it (its {@code Accept} header), and the samples of the answer by name and labels.
 */
public record Scrape(String text) {

    /** The {@code Accept} header of a Prometheus server's scrape. */
    public static final String PROMETHEUS_ACCEPT = "application/openmetrics-text;version=1.0.0;q=0.5,"
            + "application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.1";

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A scrape through the given browser (its cookies go with it), with the extra headers given in pairs. */
    public static HttpResponse<String> request(Http http, int port, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", PROMETHEUS_ACCEPT).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The value of the one sample named so whose labels include the given ones (name, value pairs);
     * 0 when there is none, as Prometheus reads a series that does not exist yet.
     */
    public double value(String name, String... labels) {
        List<Double> values = text.lines().map(SAMPLE::matcher).filter(Matcher::find)
                .filter(sample -> sample.group(1).equals(name) && hasLabels(sample.group(2), labels))
                .map(sample -> Double.parseDouble(sample.group(3))).toList();
        if (values.size() > 1) {
            throw new AssertionError(values.size() + " samples of " + name + " with " + List.of(labels));
        }
        return values.isEmpty() ? 0 : values.get(0);
    }

    /** Whether a sample of this name exists, whatever its labels. */
    public boolean has(String name) {
        return text.lines().map(SAMPLE::matcher).anyMatch(sample -> sample.find() && sample.group(1).equals(name));
    }

    private static boolean hasLabels(String labels, String... wanted) {
        Map<String, String> present = new HashMap<>();
        if (labels != null) {
            Matcher label = LABEL.matcher(labels);
            while (label.find()) {
                present.put(label.group(1), label.group(2));
            }
        }
        for (int i = 0; i < wanted.length; i += 2) {
            if (!wanted[i + 1].equals(present.get(wanted[i]))) {
                return false;
            }
        }
        return true;
    }
}
