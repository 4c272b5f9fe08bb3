package io.finnexus.api.casework;

import io.finnexus.api.alert.AlertSummary;
import org.springframework.web.util.HtmlUtils;

/** The printable HTML summary of a {@link SarDraft}; every value is HTML-escaped. */
final class SarHtml {

  private SarHtml() {}

  static String render(SarDraft d) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>SAR draft ")
        .append(e(d.caseId()))
        .append("</title><link rel=\"stylesheet\" href=\"/ui/sar.css\"></head><body>")
        .append("<h1>Suspicious Activity Report — draft</h1>")
        .append("<p class=\"note\">Prefilled from case ")
        .append(e(d.caseId()))
        .append(". Complete and file it in the regulator's system.</p><table class=\"facts\">");
    row(h, "Case", d.caseId() + " — " + d.title());
    row(h, "Status", d.status());
    row(h, "Prepared by", d.preparedBy());
    row(h, "Approved by", d.approvedBy());
    row(h, "Subjects (customers)", String.join(", ", d.subjectCustomerIds()));
    row(h, "Accounts", String.join(", ", d.subjectAccountIds()));
    row(h, "Activity", d.activityFrom() + " — " + d.activityTo());
    row(h, "Typologies", String.join(", ", d.typologies()));
    StringBuilder totals = new StringBuilder();
    d.totalAmountByCurrency()
        .forEach((c, a) -> totals.append(a).append(' ').append(c).append("  "));
    row(h, "Total amount", totals.toString().trim());
    h.append("</table><h2>Narrative</h2><p class=\"narrative\">")
        .append(e(d.narrative()))
        .append("</p><h2>Supporting alerts</h2><table class=\"alerts\"><tr><th>Alert</th>")
        .append("<th>Typology</th><th>Time</th><th>Risk</th><th>Amount</th><th>Summary</th></tr>");
    for (AlertSummary a : d.alerts()) {
      h.append("<tr><td>")
          .append(e(a.alertId()))
          .append("</td><td>")
          .append(e(a.typology()))
          .append("</td><td>")
          .append(e(String.valueOf(a.createdAt())))
          .append("</td><td>")
          .append(String.format(java.util.Locale.ROOT, "%.2f", a.riskScore()))
          .append("</td><td>")
          .append(e(a.totalAmount() == null ? "" : a.totalAmount() + " " + a.currency()))
          .append("</td><td>")
          .append(e(a.summary()))
          .append("</td></tr>");
    }
    return h.append("</table></body></html>").toString();
  }

  private static void row(StringBuilder h, String label, String value) {
    h.append("<tr><th>").append(e(label)).append("</th><td>").append(e(value)).append("</td></tr>");
  }

  private static String e(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }
}
