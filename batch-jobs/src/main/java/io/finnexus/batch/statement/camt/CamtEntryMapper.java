package io.finnexus.batch.statement.camt;

import static io.finnexus.batch.statement.camt.BeanPath.firstText;
import static io.finnexus.batch.statement.camt.BeanPath.get;
import static io.finnexus.batch.statement.camt.BeanPath.list;
import static io.finnexus.batch.statement.camt.BeanPath.text;

import io.finnexus.batch.statement.EntryDirection;
import io.finnexus.batch.statement.EntryReferences;
import io.finnexus.batch.statement.MinorUnits;
import io.finnexus.batch.statement.StatementEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps one Prowide {@code Ntry} (any camt version) to a {@link StatementEntry}.
 *
 * <p>References, counterparty and remittance come from the entry's first {@code TxDtls} (a batch
 * booking with several transactions keeps the first one's, like genkgo/camt's {@code
 * getTransactionDetail()}); the account servicer reference is the entry's own when present.
 */
final class CamtEntryMapper {

  private CamtEntryMapper() {}

  /**
   * @throws IllegalArgumentException with a one-line reason when a mandatory part is missing or the
   *     amount does not fit its currency
   */
  static StatementEntry map(Object ntry, String statementId, String accountId, int index) {
    Object amt = get(ntry, "Amt");
    Object value = get(amt, "Value");
    String currency = text(get(amt, "Ccy"));
    if (!(value instanceof BigDecimal amount) || currency == null) {
      throw new IllegalArgumentException("has no amount with currency (Amt/@Ccy)");
    }
    EntryDirection direction = EntryDirection.parse(text(get(ntry, "CdtDbtInd")));
    Object tx = firstTransaction(ntry);
    String party = direction == EntryDirection.CREDIT ? "Dbtr" : "Cdtr";
    return new StatementEntry(
        statementId + "/" + index,
        statementId,
        accountId,
        date(get(ntry, "BookgDt")),
        date(get(ntry, "ValDt")),
        MinorUnits.toMinor(amount, currency),
        currency,
        direction,
        text(get(ntry, "Sts")),
        references(ntry, tx),
        partyName(get(tx, "RltdPties", party)),
        accountId(get(tx, "RltdPties", party + "Acct")),
        remittance(get(tx, "RmtInf")));
  }

  /** IBAN, else other/proprietary/BBAN/UPIC id of an account ({@code Acct}). */
  static String accountId(Object account) {
    return firstText(
        account,
        new String[] {"Id", "IBAN"},
        new String[] {"Id", "Othr", "Id"},
        new String[] {"Id", "PrtryAcct", "Id"},
        new String[] {"Id", "BBAN"},
        new String[] {"Id", "UPIC"});
  }

  private static Object firstTransaction(Object ntry) {
    List<Object> transactions = new ArrayList<>();
    for (Object details : list(ntry, "NtryDtls")) {
      transactions.addAll(list(details, "TxDtls"));
    }
    transactions.addAll(list(ntry, "TxDtls")); // camt.052.001.01 has TxDtls directly under Ntry
    return transactions.isEmpty() ? null : transactions.get(0);
  }

  private static EntryReferences references(Object ntry, Object tx) {
    Object refs = get(tx, "Refs");
    String servicerRef = text(get(ntry, "AcctSvcrRef"));
    return new EntryReferences(
        text(get(refs, "EndToEndId")),
        servicerRef != null ? servicerRef : text(get(refs, "AcctSvcrRef")),
        text(get(refs, "TxId")),
        text(get(refs, "UETR")));
  }

  private static String partyName(Object party) {
    return firstText(
        party,
        new String[] {"Nm"},
        new String[] {"Pty", "Nm"},
        new String[] {"Agt", "FinInstnId", "Nm"});
  }

  private static String remittance(Object rmtInf) {
    String unstructured =
        list(rmtInf, "Ustrd").stream()
            .map(BeanPath::text)
            .filter(line -> line != null)
            .collect(Collectors.joining(" "));
    if (!unstructured.isEmpty()) {
      return unstructured;
    }
    for (Object structured : list(rmtInf, "Strd")) {
      String ref = text(get(structured, "CdtrRefInf", "Ref"));
      if (ref != null) {
        return ref;
      }
    }
    return null;
  }

  /** {@code Dt}, else the date of {@code DtTm} at its own offset. */
  static LocalDate date(Object dateChoice) {
    Object date = get(dateChoice, "Dt");
    if (date instanceof LocalDate localDate) {
      return localDate;
    }
    Object dateTime = get(dateChoice, "DtTm");
    if (dateTime instanceof OffsetDateTime offset) {
      return offset.toLocalDate();
    }
    if (dateTime instanceof LocalDateTime local) {
      return local.toLocalDate();
    }
    return null;
  }
}
