package io.finnexus.scoring.aml;

import java.time.Duration;
import java.util.Set;

/**
 * Every AML detector threshold, typed, with the defaults of {@link #defaults()} (documented in the
 * README reference table). Amounts are in minor units of the transaction currency.
 *
 * @param reportingThresholdMinor cash reporting line (default 10,000.00)
 * @param structuringBand a deposit is "just under" the line when at least this fraction of it (0.8)
 * @param structuringMinDeposits deposits just under the line needed in the window (3)
 * @param structuringWindow window for those deposits (7 days); their total must exceed the line
 * @param rapidMinInflowMinor smallest inflow watched for rapid movement (10,000.00)
 * @param rapidOutFraction share of the inflow that must leave (0.9)
 * @param rapidWindow how soon it must leave (72 h)
 * @param fanMinCounterparties distinct transfer counterparties for fan-in/fan-out (10)
 * @param fanWindow window for them (5 days)
 * @param cycle round-tripping limits
 * @param blackList FATF "call for action" countries (KP, IR, MM)
 * @param greyList FATF "increased monitoring" countries (snapshot 2025)
 * @param highRiskEpisode one alert per account per this period, growing with new wires (30 days)
 * @param dormancy inactivity that makes an account dormant (90 days)
 * @param reactivationMinMinor volume within {@code reactivationWindow} that raises it (5,000.00)
 * @param reactivationWindow burst window after the first movement following dormancy (7 days)
 * @param repeatedMinTransfers outgoing transfers of exactly the same amount to the same
 *     counterparty that make repeated transfers (3; a repetition needs at least 2, so lower values
 *     count as 2)
 * @param repeatedWindow window for those transfers (24 h)
 */
public record AmlThresholds(
    long reportingThresholdMinor,
    double structuringBand,
    int structuringMinDeposits,
    Duration structuringWindow,
    long rapidMinInflowMinor,
    double rapidOutFraction,
    Duration rapidWindow,
    int fanMinCounterparties,
    Duration fanWindow,
    CycleLimits cycle,
    Set<String> blackList,
    Set<String> greyList,
    Duration highRiskEpisode,
    Duration dormancy,
    long reactivationMinMinor,
    Duration reactivationWindow,
    int repeatedMinTransfers,
    Duration repeatedWindow) {

  public static final Set<String> FATF_BLACK = Set.of("KP", "IR", "MM");
  public static final Set<String> FATF_GREY =
      Set.of(
          "DZ", "AO", "BO", "BG", "CM", "CI", "CD", "HT", "KE", "LA", "LB", "MC", "MZ", "NA", "NP",
          "SS", "SY", "VE", "VN", "VG", "YE");

  public static AmlThresholds defaults() {
    return new AmlThresholds(
        1_000_000,
        0.8,
        3,
        Duration.ofDays(7),
        1_000_000,
        0.9,
        Duration.ofHours(72),
        10,
        Duration.ofDays(5),
        CycleLimits.defaults(),
        FATF_BLACK,
        FATF_GREY,
        Duration.ofDays(30),
        Duration.ofDays(90),
        500_000,
        Duration.ofDays(7),
        3,
        Duration.ofHours(24));
  }

  public AmlThresholds withCycle(CycleLimits limits) {
    return new AmlThresholds(
        reportingThresholdMinor,
        structuringBand,
        structuringMinDeposits,
        structuringWindow,
        rapidMinInflowMinor,
        rapidOutFraction,
        rapidWindow,
        fanMinCounterparties,
        fanWindow,
        limits,
        blackList,
        greyList,
        highRiskEpisode,
        dormancy,
        reactivationMinMinor,
        reactivationWindow,
        repeatedMinTransfers,
        repeatedWindow);
  }
}
