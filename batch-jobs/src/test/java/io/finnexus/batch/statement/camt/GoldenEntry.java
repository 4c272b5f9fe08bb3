package io.finnexus.batch.statement.camt;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One expected entry from a genkgo/camt golden {@code .json} file (a PHP object dump: amounts are
 * signed minor units, dates are UTC, repeated objects are replaced by {@code "__RECURSIVITY__"}).
 */
record GoldenEntry(JsonNode node) {

  static final String ENTRY_CLASS = "Genkgo\\Camt\\DTO\\Entry";

  /** Every entry object anywhere in the dump (only the first occurrence is ever expanded). */
  static List<GoldenEntry> findAll(JsonNode root) {
    List<GoldenEntry> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private static void collect(JsonNode node, List<GoldenEntry> found) {
    if (node.isObject() && ENTRY_CLASS.equals(text(node.get("__CLASS__")))) {
      found.add(new GoldenEntry(node));
    }
    for (JsonNode child : node) {
      collect(child, found);
    }
  }

  String recordId() {
    return text(node.path("getRecord").get("getId"));
  }

  int index() {
    return node.path("getIndex").asInt();
  }

  long signedAmountMinor() {
    return Long.parseLong(text(node.path("getAmount").get("getAmount")));
  }

  String currency() {
    return text(node.path("getAmount").path("getCurrency").get("getCode"));
  }

  String creditDebit() {
    return text(node.get("getCreditDebitIndicator"));
  }

  String status() {
    return text(node.get("getStatus"));
  }

  String accountServicerRef() {
    return text(node.get("getAccountServicerReference"));
  }

  /** The date part of a UTC date-time, e.g. {@code 2014-12-31}. */
  String bookingDate() {
    return datePart(node.path("getBookingDate").get("0"));
  }

  String valueDate() {
    return datePart(node.path("getValueDate").get("0"));
  }

  String accountId() {
    return text(node.path("getRecord").path("getAccount").get("getIdentification"));
  }

  JsonNode firstTransaction() {
    return node.path("getTransactionDetail");
  }

  String endToEndId() {
    return text(firstTransaction().path("getReference").get("getEndToEndId"));
  }

  String uetr() {
    return text(firstTransaction().path("getReference").get("getUuidEndToEndReference"));
  }

  String transactionId() {
    return text(firstTransaction().path("getReference").get("getTransactionId"));
  }

  /** Name of the related party of the given genkgo class ({@code Debtor}, {@code Creditor}). */
  String partyName(String partyClass) {
    for (JsonNode party : firstTransaction().path("getRelatedParties")) {
      JsonNode type = party.path("getRelatedPartyType");
      if (("Genkgo\\Camt\\DTO\\" + partyClass).equals(text(type.get("__CLASS__")))) {
        return text(type.get("getName"));
      }
    }
    return null;
  }

  private static String datePart(JsonNode node) {
    String text = text(node);
    return text == null ? null : text.substring(0, 10);
  }

  static String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
  }
}
