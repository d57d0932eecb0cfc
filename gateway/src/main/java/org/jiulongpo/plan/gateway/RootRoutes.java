package org.jiulongpo.plan.gateway;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code /} leads to Swagger UI, where the whole public contract can be explored and tried. */
@ApplicationScoped
public class RootRoutes {

    void install(@Observes Router router) {
        router.route("/").order(-50).handler(ctx -> ctx.redirect("/q/swagger-ui/"));
    }
}
