/**
 * Machine-learned models of FinNexus: training, evaluation, artifacts, fast runtime scoring and the
 * model registry. Built on the engine-free scoring core ({@code io.finnexus.scoring}); imports
 * nothing from Flink, Kafka Streams or Spring.
 */
package io.finnexus.models;
