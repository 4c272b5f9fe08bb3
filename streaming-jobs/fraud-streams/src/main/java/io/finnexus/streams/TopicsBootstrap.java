package io.finnexus.streams;

import io.finnexus.schemas.topic.TopicSettings;
import io.finnexus.schemas.topic.admin.TopicSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the FinNexus topics that do not exist yet and aligns the configuration of existing ones
 * with {@link TopicSettings} (compaction for erasure, retention), so the embedded mode and a fresh
 * cluster work without a setup step and an upgraded cluster does not keep the old policy.
 */
final class TopicsBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(TopicsBootstrap.class);

  private TopicsBootstrap() {}

  static void ensure(String bootstrapServers, TopicSettings settings) {
    TopicSetup.ensure(bootstrapServers, settings)
        .forEach((topic, config) -> LOG.info("topic {}: configuration set to {}", topic, config));
  }
}
