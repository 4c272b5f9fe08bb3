package io.finnexus.api.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guard settings ({@code finnexus.resilience.search.*}, {@code
 * finnexus.resilience.model-registry.*}); see {@link GuardSettings} for each field and its default.
 *
 * @param search calls to the search node (indexing, search, reindex)
 * @param modelRegistry calls to the model registry in MongoDB
 */
@ConfigurationProperties("finnexus.resilience")
public record ResilienceProperties(
    @DefaultValue GuardSettings search, @DefaultValue GuardSettings modelRegistry) {}
