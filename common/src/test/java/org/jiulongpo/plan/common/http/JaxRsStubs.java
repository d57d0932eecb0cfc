package org.jiulongpo.plan.common.http;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The two request views the shared code reads, without a server: each answers only the one
 * method the code under test calls, so a test fails loudly if that code starts reading more.
 */
public final class JaxRsStubs {

    private JaxRsStubs() {
    }

    public static UriInfo uri(String requestUri) {
        URI uri = URI.create(requestUri);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] { UriInfo.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestUri" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Accept as the container hands it over: already in the order of preference. */
    public static HttpHeaders accepting(String... mediaTypes) {
        List<MediaType> types = List.of(mediaTypes).stream().map(MediaType::valueOf).toList();
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[] { HttpHeaders.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAcceptableMediaTypes" -> types.isEmpty() ? List.of(MediaType.WILDCARD_TYPE) : types;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
