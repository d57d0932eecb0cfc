package org.jiulongpo.plan.projects.bench;


import org.jiulongpo.plan.common.i18n.Lang;
import org.jiulongpo.plan.common.paging.Page;
import org.jiulongpo.plan.projects.project.Project;
import org.jiulongpo.plan.projects.project.mapping.ProjectMapper;
import org.jiulongpo.plan.projects.project.rest.ProjectView;
import org.jiulongpo.plan.projects.project.service.ProjectService;

import com.fasterxml.jackson.databind.ObjectMapper;

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

    public StaticProjectsRoute(org.jiulongpo.plan.projects.config.ProjectsConfig config, ProjectService projects,
            ObjectMapper mapper) {
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
                var rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> projects.list(
                        new ProjectService.Filter(null, null, null, null, null, null, null), null, 50));
                var subs = projects.subcategories();
                Page<ProjectView> page = new Page<>(rows.stream().map((Project p) -> ProjectMapper.toView(p, subs, Lang.ZH))
                        .toList(), "bench");
                return Buffer.buffer(mapper.writeValueAsBytes(page));
            }).onSuccess(b -> {
                body = b;
                ctx.response().putHeader("Content-Type", "application/json").end(b);
            }).onFailure(ctx::fail);
        });
    }

}
