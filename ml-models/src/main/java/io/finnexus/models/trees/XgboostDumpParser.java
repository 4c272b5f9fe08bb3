package io.finnexus.models.trees;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link FlatTreeEnsemble} from XGBoost's JSON model dump ({@code Booster.getModelDump("",
 * false, "json")}): one JSON object per tree, split features named {@code f<id>}. XGBoost prints
 * floats with 9 significant digits, so thresholds and leaves round-trip exactly.
 *
 * <p>For multi-class objectives trees are interleaved by class: tree {@code i} belongs to class
 * {@code i % numClasses}.
 */
public final class XgboostDumpParser {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final List<Integer> feature = new ArrayList<>();
  private final List<Float> threshold = new ArrayList<>();
  private final List<Integer> yes = new ArrayList<>();
  private final List<Integer> no = new ArrayList<>();
  private final List<Integer> missing = new ArrayList<>();
  private final List<Float> leaf = new ArrayList<>();

  private final int[] idToColumn;

  private XgboostDumpParser(int[] idToColumn) {
    this.idToColumn = idToColumn;
  }

  /**
   * @param idToColumn maps XGBoost feature id {@code f<id>} to the column of the caller's feature
   *     array, so scoring needs no per-row reordering
   */
  public static FlatTreeEnsemble parse(
      List<String> treeDumps, int numClasses, float baseScore, int[] idToColumn) {
    XgboostDumpParser parser = new XgboostDumpParser(idToColumn);
    int[] roots = new int[treeDumps.size()];
    int[] treeClass = new int[treeDumps.size()];
    for (int t = 0; t < treeDumps.size(); t++) {
      try {
        roots[t] = parser.add(JSON.readTree(treeDumps.get(t)));
      } catch (IOException e) {
        throw new UncheckedIOException("tree " + t + " is not valid JSON", e);
      }
      treeClass[t] = t % numClasses;
    }
    return new FlatTreeEnsemble(
        ints(parser.feature),
        floats(parser.threshold),
        ints(parser.yes),
        ints(parser.no),
        ints(parser.missing),
        floats(parser.leaf),
        roots,
        treeClass,
        numClasses,
        baseScore);
  }

  /** Adds a tree (depth first), returning the flat index of its root. */
  private int add(JsonNode node) {
    int index = feature.size();
    feature.add(FlatTreeEnsemble.LEAF);
    threshold.add(0f);
    yes.add(-1);
    no.add(-1);
    missing.add(-1);
    leaf.add(0f);
    if (node.has("leaf")) {
      leaf.set(index, exactFloat(node.get("leaf")));
      return index;
    }
    String split = node.get("split").asText();
    if (!split.startsWith("f")) {
      throw new IllegalArgumentException("expected a split on f<id>, got " + split);
    }
    int id = Integer.parseInt(split.substring(1));
    if (id >= idToColumn.length || idToColumn[id] < 0) {
      throw new IllegalArgumentException("tree splits on unknown feature id " + id);
    }
    feature.set(index, idToColumn[id]);
    threshold.set(index, exactFloat(node.get("split_condition")));
    int yesId = node.get("yes").asInt();
    int noId = node.get("no").asInt();
    int missingId = node.get("missing").asInt();
    for (JsonNode child : node.get("children")) {
      int childIndex = add(child);
      int childId = child.get("nodeid").asInt();
      if (childId == yesId) {
        yes.set(index, childIndex);
      }
      if (childId == noId) {
        no.set(index, childIndex);
      }
      if (childId == missingId) {
        missing.set(index, childIndex);
      }
    }
    return index;
  }

  /** Parses the printed decimal straight to float (no detour through double rounding). */
  private static float exactFloat(JsonNode number) {
    return Float.parseFloat(number.decimalValue().toString());
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static float[] floats(List<Float> list) {
    float[] out = new float[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
