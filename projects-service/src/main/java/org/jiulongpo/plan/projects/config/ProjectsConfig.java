package org.jiulongpo.plan.projects.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What projects-service can be told, under {@code projects.}. */
@ConfigMapping(prefix = "projects")
public interface ProjectsConfig {

    /** Serve the benchmark's ceiling route {@code /bench/static-projects} (bench/run only). */
    @WithDefault("false")
    boolean benchRoute();

    /** The most rows one bulk submission of status reports may carry (the contract states 1000). */
    @WithDefault("1000")
    int bulkMaxRows();
}
