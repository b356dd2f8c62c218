package org.sujarit.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  {@code null} means: on with the embedded database, off with an external one
 * @param password the password of every demo account
 */
@ConfigurationProperties("sujarit.demo")
public record DemoProperties(Boolean enabled, @DefaultValue("sujarit-demo-2569") String password) {
}
