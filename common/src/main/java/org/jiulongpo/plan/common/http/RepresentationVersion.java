package org.jiulongpo.plan.common.http;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application version, part of every ETag's variant: a release that changes what a body
 * looks like must not let clients keep a 304 for the old shape.
 */
@ApplicationScoped
public class RepresentationVersion {

    private final String version;

    public RepresentationVersion(@ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.version = version;
    }

    public String get() {
        return version;
    }
}
