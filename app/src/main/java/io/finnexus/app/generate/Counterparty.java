package io.finnexus.app.generate;

/** The other side of a generated transaction; customer id only for generated accounts. */
record Counterparty(String accountId, String customerId, String name, String country) {

  static Counterparty of(Customer customer) {
    return new Counterparty(customer.accountId(), customer.customerId(), null, customer.country());
  }

  static Counterparty of(Merchant merchant) {
    return new Counterparty(merchant.id(), null, merchant.name(), merchant.country());
  }

  static Counterparty cash(String country) {
    return new Counterparty(Rows.CASH, null, null, country);
  }

  /** An account at another bank. */
  static Counterparty external(String id, String name, String country) {
    return new Counterparty(id, null, name, country);
  }
}
