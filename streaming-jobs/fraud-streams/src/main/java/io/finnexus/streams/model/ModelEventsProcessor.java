package io.finnexus.streams.model;

import io.finnexus.schemas.avro.ModelEvent;
import io.finnexus.schemas.avro.ModelStage;
import io.finnexus.streams.ops.FraudMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Maintains the global store of serving models (model id to its latest event) from {@code
 * model-events} and tells the {@link ModelLineupListener} the new lineup after each change. Runs on
 * the global thread of every instance, so every instance swaps without a restart; a scoring thread
 * reads the lineup once per transaction, so each transaction is scored by exactly one lineup.
 *
 * <p>{@code CHAMPION} and {@code SHADOW} events put the model in the store, {@code RETIRED} and
 * {@code CANDIDATE} take it out; events of other model names are ignored. On (re)start the store is
 * rebuilt from the topic through this processor, so the lineup comes back before any transaction is
 * scored.
 */
public final class ModelEventsProcessor implements Processor<String, ModelEvent, Void, Void> {

  private final String storeName;
  private final String modelName;
  private final ModelLineupListener listener;
  private final FraudMetrics metrics;
  private KeyValueStore<String, ModelEvent> serving;

  public ModelEventsProcessor(
      String storeName, String modelName, ModelLineupListener listener, FraudMetrics metrics) {
    this.storeName = storeName;
    this.modelName = modelName;
    this.listener = listener;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    serving = context.getStateStore(storeName);
    publish(false);
  }

  @Override
  public void process(Record<String, ModelEvent> record) {
    ModelEvent event = record.value();
    if (event == null || !modelName.equals(event.getModelName())) {
      return;
    }
    if (event.getStage() == ModelStage.CHAMPION || event.getStage() == ModelStage.SHADOW) {
      serving.put(event.getModelId(), event);
    } else {
      serving.delete(event.getModelId());
    }
    publish(true);
  }

  /** Tells the listener the lineup; an empty store is told only when {@code evenIfEmpty}. */
  private void publish(boolean evenIfEmpty) {
    List<ModelEvent> events = new ArrayList<>();
    try (KeyValueIterator<String, ModelEvent> all = serving.all()) {
      all.forEachRemaining(entry -> events.add(entry.value));
    }
    if (events.isEmpty() && !evenIfEmpty) {
      return;
    }
    events.sort(Comparator.comparing(ModelEvent::getOccurredAt));
    Optional<ModelEvent> champion =
        events.stream().filter(e -> e.getStage() == ModelStage.CHAMPION).reduce((a, b) -> b);
    List<ModelEvent> shadows =
        events.stream()
            .filter(e -> e.getStage() == ModelStage.SHADOW)
            .filter(e -> champion.isEmpty() || !e.getModelId().equals(champion.get().getModelId()))
            .toList();
    if (listener.lineupChanged(champion, shadows)) {
      metrics.modelSwapped();
    } else {
      metrics.modelEventIgnored();
    }
  }
}
