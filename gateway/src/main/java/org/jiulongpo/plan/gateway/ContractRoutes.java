package org.jiulongpo.plan.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jiulongpo.plan.common.http.ETags;
import org.jiulongpo.plan.common.http.RouterProblems;
import org.jiulongpo.plan.common.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the public contract, docs/openapi.yaml (copied into the jar at build), at
 * {@code /q/openapi}: YAML by default, JSON with {@code ?format=json} or {@code Accept:
 * application/json}, the way SmallRye serves a generated document. Swagger UI reads it.
 */
@ApplicationScoped
public class ContractRoutes {

    static final String RESOURCE = "contract/openapi.yaml";

    private byte[] yaml;
    private byte[] json;
    private String yamlTag;
    private String jsonTag;

    void install(@Observes Router router) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                yaml = in.readAllBytes();
                JsonNode tree = new YAMLMapper().readTree(yaml);
                json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
                yamlTag = ETags.ofContent(yaml);
                jsonTag = ETags.ofContent(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("docs/openapi.yaml in the jar is not readable YAML", e);
        }
        router.get("/q/openapi").order(-50).handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        if (yaml == null) {
            RouterProblems.send(ctx, ProblemType.INTERNAL, "The contract was not packaged with this build");
            return;
        }
        String accept = ctx.request().getHeader("Accept");
        boolean asJson = "json".equals(ctx.request().getParam("format"))
                || (accept != null && accept.contains("application/json"));
        String tag = asJson ? jsonTag : yamlTag;
        ctx.response().putHeader("ETag", tag).putHeader("Vary", "Accept")
                .putHeader("Access-Control-Allow-Origin", "*");
        if (ETags.noneMatchHits(ctx.request().getHeader("If-None-Match"), tag)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .end(Buffer.buffer(asJson ? json : yaml));
    }
}
