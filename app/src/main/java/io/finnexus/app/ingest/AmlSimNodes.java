package io.finnexus.app.ingest;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.scoring.LabelledTransaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AMLSim's {@code nodes.csv} (nodeid,isFraud,init_balance,fraudStep): which accounts exist and from
 * which step each laundering account takes part in a pattern. Small (one entry per account), so
 * held in memory; bad lines are kept as rejects.
 */
final class AmlSimNodes {
  /** fraudStep per laundering node; -1 when the node is laundering from the start. */
  private final Map<Long, Long> fraudStepByNode = new HashMap<>();

  private final Map<Long, Boolean> known = new HashMap<>();
  private final List<Reject> rejects = new ArrayList<>();

  AmlSimNodes(Path file) throws IOException {
    try (NodeLines lines = new NodeLines(file)) {
      lines.drainTo(
          new RowSink() {
            @Override
            public void accept(LabelledTransaction row) {}

            @Override
            public void reject(Reject reject) {
              rejects.add(reject);
            }
          });
    }
  }

  boolean contains(long node) {
    return known.containsKey(node);
  }

  boolean laundering(long node) {
    return fraudStepByNode.containsKey(node);
  }

  /** Whether {@code step} lies inside the node's laundering period. */
  boolean launderingAt(long node, long step) {
    Long from = fraudStepByNode.get(node);
    return from != null && (from < 0 || step >= from);
  }

  Iterable<Long> launderingNodes() {
    return fraudStepByNode.keySet();
  }

  List<Reject> rejects() {
    return rejects;
  }

  private final class NodeLines extends LineSource {
    NodeLines(Path file) {
      super(file);
      readHeader();
    }

    @Override
    void checkHeader(List<String> columns) {
      if (columns.size() < 4 || !columns.get(0).strip().equals("nodeid")) {
        throw new UserInputException(
            fileName() + ":1: not AMLSim nodes; expected nodeid,isFraud,init_balance,fraudStep");
      }
    }

    @Override
    LabelledTransaction parse(List<String> f, long rowIndex) throws RowRejectedException {
      if (f.size() != 4) {
        throw new RowRejectedException(
            RejectReason.WRONG_COLUMN_COUNT, "expected 4 columns, got " + f.size());
      }
      long node = Fields.integer(f.get(0), "nodeid");
      boolean fraud = Fields.label(f.get(1), "isFraud");
      long fraudStep = Fields.integer(f.get(3), "fraudStep");
      known.put(node, Boolean.TRUE);
      if (fraud) {
        fraudStepByNode.put(node, fraudStep);
      }
      return null;
    }
  }
}
