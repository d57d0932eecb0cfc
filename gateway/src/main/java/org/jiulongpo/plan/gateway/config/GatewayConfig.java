package org.jiulongpo.plan.gateway.config;

import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the gateway can be told, under {@code gateway.}. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Services services();

    /** Connecting to a service instance; a refused or timed-out connect fails over to the next instance. */
    @WithDefault("PT1S")
    Duration connectTimeout();

    /** Proxied calls: how long a service may take to start answering before the caller gets 503. */
    @WithDefault("PT10S")
    Duration proxyTimeout();

    /** After a failed connect, an instance is skipped for this long. */
    @WithDefault("PT2S")
    Duration instanceBackoff();

    /**
     * While a service is failing, how often its instances are asked whether they are ready; the
     * first ready answer after a not-ready one resumes calls to it at once. Zero turns it off.
     */
    @WithDefault("PT0.25S")
    Duration recoveryProbeInterval();

    /** What 503 answers say in Retry-After. */
    @WithDefault("5")
    int retryAfterSeconds();

    /** The HTTP client pool towards each service instance. */
    @WithDefault("64")
    int maxConnectionsPerInstance();

    /**
     * How long a client may take to send a request body in full; the gateway reads it before it
     * takes a connection to the service, so a client that dribbles its body holds none. Past
     * it: 408 problem+json, and the connection is closed.
     */
    @WithDefault("PT5S")
    Duration requestBodyTimeout();

    /**
     * How much of an answer the gateway holds for a client that reads slowly, so that the
     * service's connection goes back to the pool while the client reads (per client connection).
     */
    @WithDefault("1M")
    MemorySize answerBuffer();

    /**
     * How long a client may take to read an answer; past it the connection is closed, so an
     * answer larger than {@link #answerBuffer()} holds a service connection no longer than this.
     */
    @WithDefault("PT30S")
    Duration answerTimeout();

    RateLimit rateLimit();

    interface Services {
        Upstream indicators();

        Upstream projects();

        Upstream plan();

        Upstream notifications();
    }

    interface Upstream {
        /** Base URLs of the service's instances; calls are spread round-robin. */
        List<String> urls();

        /**
         * Base URLs of the same instances' management interfaces, in the same order: where their
         * readiness is asked (the public port does not answer it).
         */
        List<String> managementUrls();
    }

    /**
     * Token bucket per client (the token's subject, or the IP address without a token). Each
     * gateway instance keeps its own buckets: with N gateway instances a client may get up to
     * N times the rate (stated in the contract).
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Burst size. */
        @WithDefault("600")
        int capacity();

        /** Sustained requests per second. */
        @WithDefault("300")
        double refillPerSecond();

        /**
         * Requests of one client (the rate limit's key) that the gateway serves at the same time;
         * more are 429 with Retry-After. Room for a busy integration's 50 parallel writes, and
         * fewer than the 64 connections to each service instance, so one client cannot take them all.
         */
        @WithDefault("56")
        int maxInFlight();
    }
}
