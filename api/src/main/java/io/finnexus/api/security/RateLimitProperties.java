package io.finnexus.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limiting ({@code finnexus.rate-limit.*}): a token bucket per client (user, API key, or IP
 * address for anonymous calls).
 *
 * @param enabled whether to limit at all
 * @param capacity burst size
 * @param refillPerSecond sustained requests per second
 */
@ConfigurationProperties("finnexus.rate-limit")
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("200") int capacity,
    @DefaultValue("100") double refillPerSecond) {}
