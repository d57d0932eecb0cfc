package org.jiulongpo.plan.projects.bench;

import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.projects.config.ProjectsConfig;
import org.jiulongpo.plan.projects.project.rest.ProjectView;
import org.jiulongpo.plan.projects.project.service.ProjectService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * For the benchmark only (bench/run, scenario f): the first page of projects as fixed bytes,
 * served by a bare Vert.x route with no database, no JAX-RS and no ETag work — the ceiling a
 * real list endpoint is compared with. Off unless {@code PROJECTS_BENCH_ROUTE=true}.
 */
@ApplicationScoped
public class StaticProjectsRoute {

    private final boolean enabled;
    private final ProjectService projects;
    private final ObjectMapper mapper;
    private volatile Buffer body;

    public StaticProjectsRoute(ProjectsConfig config, ProjectService projects, ObjectMapper mapper) {
        this.enabled = config.benchRoute();
        this.projects = projects;
        this.mapper = mapper;
    }

    void install(@Observes Router router, Vertx vertx) {
        if (!enabled) {
            return;
        }
        router.get("/bench/static-projects").handler(ctx -> {
            Buffer ready = body;
            if (ready != null) {
                ctx.response().putHeader("Content-Type", "application/json").end(ready);
                return;
            }
            vertx.<Buffer>executeBlocking(() -> {
                Page<ProjectView> first = QuarkusTransaction.requiringNew().call(() -> projects.page(
                        new ProjectService.Filter(null, null, null, null, null, null, null, null, null, null), null, 50, Lang.ZH,
                        projects.dataVersion()));
                return Buffer.buffer(mapper.writeValueAsBytes(new Page<>(first.items(), "bench")));
            }).onSuccess(b -> {
                body = b;
                ctx.response().putHeader("Content-Type", "application/json").end(b);
            }).onFailure(ctx::fail);
        });
    }
}
