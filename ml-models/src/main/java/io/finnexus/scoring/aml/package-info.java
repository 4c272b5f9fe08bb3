/**
 * Money-laundering typologies over days: one detector class per typology, the per-account {@link
 * AmlAccountState} they share, and the {@link CycleTracker} that follows money across keys with
 * path tokens. Engines call {@link AmlMonitor} only. Imports nothing from Flink, Kafka Streams or
 * Spring.
 */
package io.finnexus.scoring.aml;
