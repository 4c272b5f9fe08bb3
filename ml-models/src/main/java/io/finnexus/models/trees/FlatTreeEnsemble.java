package io.finnexus.models.trees;

/**
 * A boosted tree ensemble as flat arrays (one entry per node, all trees back to back), evaluated
 * exactly as XGBoost does: feature values as 32-bit floats, {@code value < threshold} goes to
 * {@code yes}, NaN follows the node's default ({@code missing}) branch, leaf values summed per
 * class in tree order on top of the base score in float arithmetic, then a softmax over the
 * classes.
 *
 * <p>Immutable and thread-safe; {@link #probability} allocates nothing.
 */
public final class FlatTreeEnsemble {
  static final int LEAF = -1;

  /** Node stride in {@link #nodes}: feature, threshold or leaf bits, yes, no, missing. */
  private static final int STRIDE = 5;

  /** All nodes packed side by side so one node is one cache-line read. */
  private final int[] nodes;

  private final int[] roots;
  private final int[] treeClass;
  private final int numClasses;
  private final float baseScore;

  FlatTreeEnsemble(
      int[] feature,
      float[] threshold,
      int[] yes,
      int[] no,
      int[] missing,
      float[] leafValue,
      int[] roots,
      int[] treeClass,
      int numClasses,
      float baseScore) {
    this.nodes = new int[feature.length * STRIDE];
    for (int n = 0; n < feature.length; n++) {
      int at = n * STRIDE;
      boolean leaf = feature[n] == LEAF;
      nodes[at] = feature[n];
      nodes[at + 1] = Float.floatToRawIntBits(leaf ? leafValue[n] : threshold[n]);
      nodes[at + 2] = yes[n] * STRIDE;
      nodes[at + 3] = no[n] * STRIDE;
      nodes[at + 4] = missing[n] * STRIDE;
    }
    this.roots = new int[roots.length];
    for (int t = 0; t < roots.length; t++) {
      this.roots[t] = roots[t] * STRIDE;
    }
    this.treeClass = treeClass;
    this.numClasses = numClasses;
    this.baseScore = baseScore;
  }

  public int treeCount() {
    return roots.length;
  }

  public int nodeCount() {
    return nodes.length / STRIDE;
  }

  /**
   * The probability of class {@code positiveClass} for one row (a two-class softmax, as XGBoost's
   * {@code multi:softprob} objective computes it).
   *
   * @param x feature values indexed by the model's feature ids; NaN means missing
   */
  public double probability(double[] x, int positiveClass) {
    if (numClasses != 2) {
      return softmax(margins(x))[positiveClass];
    }
    float m0 = baseScore;
    float m1 = baseScore;
    for (int t = 0; t < roots.length; t++) {
      float leaf = leafValue(roots[t], x);
      if (treeClass[t] == 0) {
        m0 += leaf;
      } else {
        m1 += leaf;
      }
    }
    float own = positiveClass == 0 ? m0 : m1;
    float other = positiveClass == 0 ? m1 : m0;
    float max = Math.max(own, other);
    float eOwn = (float) Math.exp(own - max);
    float eOther = (float) Math.exp(other - max);
    double sum = (double) eOwn + eOther;
    return eOwn / (float) sum;
  }

  /** Raw per-class margins (base score plus leaf sums). */
  public float[] margins(double[] x) {
    float[] m = new float[numClasses];
    java.util.Arrays.fill(m, baseScore);
    for (int t = 0; t < roots.length; t++) {
      m[treeClass[t]] += leafValue(roots[t], x);
    }
    return m;
  }

  private float leafValue(int root, double[] x) {
    int[] packed = nodes;
    int n = root;
    int f;
    while ((f = packed[n]) != LEAF) {
      float v = (float) x[f];
      if (Float.isNaN(v)) {
        n = packed[n + 4];
      } else {
        n = v < Float.intBitsToFloat(packed[n + 1]) ? packed[n + 2] : packed[n + 3];
      }
    }
    return Float.intBitsToFloat(packed[n + 1]);
  }

  private static double[] softmax(float[] margins) {
    float max = Float.NEGATIVE_INFINITY;
    for (float m : margins) {
      max = Math.max(max, m);
    }
    float[] e = new float[margins.length];
    double sum = 0;
    for (int i = 0; i < margins.length; i++) {
      e[i] = (float) Math.exp(margins[i] - max);
      sum += e[i];
    }
    double[] p = new double[margins.length];
    for (int i = 0; i < margins.length; i++) {
      p[i] = e[i] / (float) sum;
    }
    return p;
  }
}
