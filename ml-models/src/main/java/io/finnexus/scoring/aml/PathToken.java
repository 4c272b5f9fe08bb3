package io.finnexus.scoring.aml;

import java.util.Arrays;

/**
 * A money path followed across accounts: {@code accounts[0]} sent to {@code accounts[1]} … to
 * {@link #receiver()}, with each hop's amount (minor units), time, debit transaction id and, once
 * known in double-entry feeds, the receiver's credit transaction id. Engines route a token to the
 * key {@link #receiver()} and call {@link CycleTracker#onToken}. Immutable; at most {@code maxHops}
 * hops, so a token is bounded.
 */
public record PathToken(
    String[] accounts, long[] amounts, long[] times, String[] debitIds, String[] creditIds) {

  static PathToken firstHop(String from, String to, long amount, long time, String debitId) {
    return new PathToken(
        new String[] {from, to},
        new long[] {amount},
        new long[] {time},
        new String[] {debitId},
        new String[] {null});
  }

  public String origin() {
    return accounts[0];
  }

  public String receiver() {
    return accounts[accounts.length - 1];
  }

  public int hops() {
    return amounts.length;
  }

  long lastAmount() {
    return amounts[amounts.length - 1];
  }

  long minTime() {
    return Arrays.stream(times).min().orElse(0);
  }

  long maxTime() {
    return Arrays.stream(times).max().orElse(0);
  }

  boolean visits(String account) {
    for (String a : accounts) {
      if (a.equals(account)) {
        return true;
      }
    }
    return false;
  }

  PathToken extend(String to, long amount, long time, String debitId) {
    int n = hops();
    String[] acc = Arrays.copyOf(accounts, n + 2);
    acc[n + 1] = to;
    long[] am = Arrays.copyOf(amounts, n + 1);
    am[n] = amount;
    long[] tm = Arrays.copyOf(times, n + 1);
    tm[n] = time;
    String[] deb = Arrays.copyOf(debitIds, n + 1);
    deb[n] = debitId;
    return new PathToken(acc, am, tm, deb, Arrays.copyOf(creditIds, n + 1));
  }

  PathToken withLastCredit(String creditId) {
    String[] cred = creditIds.clone();
    cred[cred.length - 1] = creditId;
    return new PathToken(accounts, amounts, times, debitIds, cred);
  }

  /** Same accounts in the same order: the same path whatever the parallel transfers. */
  boolean samePath(PathToken other) {
    return Arrays.equals(accounts, other.accounts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathToken p
        && Arrays.equals(accounts, p.accounts)
        && Arrays.equals(amounts, p.amounts)
        && Arrays.equals(times, p.times)
        && Arrays.equals(debitIds, p.debitIds)
        && Arrays.equals(creditIds, p.creditIds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(accounts) * 31 + Arrays.hashCode(debitIds);
  }

  @Override
  public String toString() {
    return String.join("->", accounts);
  }
}
