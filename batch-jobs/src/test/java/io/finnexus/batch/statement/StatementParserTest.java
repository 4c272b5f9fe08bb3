package io.finnexus.batch.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every sort is a typed, one-line rejection; never a raw exception. */
class StatementParserTest {

  private static final String CAMT054_V8 =
      """
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
        <BkToCstmrDbtCdtNtfctn>
          <GrpHdr><MsgId>N-1</MsgId><CreDtTm>2025-03-01T10:00:00Z</CreDtTm></GrpHdr>
          <Ntfctn>
            <Id>N-1</Id>
            <Acct><Id><Othr><Id>12345678</Id></Othr></Id><Ccy>BHD</Ccy></Acct>
            <Ntry>
              <Amt Ccy="BHD">1.234</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
              <BookgDt><DtTm>2025-03-01T23:30:00-05:00</DtTm></BookgDt>
              <BkTxCd/>
              <NtryDtls><TxDtls>
                <Refs><EndToEndId>E2E-9</EndToEndId><TxId>TX-9</TxId></Refs>
                <RltdPties><Cdtr><Pty><Nm>Shop WLL</Nm></Pty></Cdtr>
                  <CdtrAcct><Id><IBAN>BH67BMAG00001299123456</IBAN></Id></CdtrAcct></RltdPties>
                <RmtInf><Ustrd>Invoice 1</Ustrd><Ustrd>and 2</Ustrd></RmtInf>
              </TxDtls></NtryDtls>
            </Ntry>
          </Ntfctn>
        </BkToCstmrDbtCdtNtfctn>
      </Document>
      """;

  private final StatementParser parser = new StatementParser();

  @Test
  void maps_a_v8_notification_with_three_decimal_currency_and_party_choice() throws Exception {
    StatementEntry entry = parser.parse(CAMT054_V8, "n.xml").entries().get(0);

    assertThat(entry.accountId()).isEqualTo("12345678");
    assertThat(entry.amountMinor()).isEqualTo(1234);
    assertThat(entry.direction()).isEqualTo(EntryDirection.DEBIT);
    assertThat(entry.status()).isEqualTo("BOOK");
    assertThat(entry.bookingDate()).hasToString("2025-03-01");
    assertThat(entry.references()).isEqualTo(new EntryReferences("E2E-9", null, "TX-9", null));
    assertThat(entry.counterpartyName()).isEqualTo("Shop WLL");
    assertThat(entry.counterpartyAccount()).isEqualTo("BH67BMAG00001299123456");
    assertThat(entry.remittanceInfo()).isEqualTo("Invoice 1 and 2");
  }

  @Test
  void rejects_xml_that_is_not_well_formed_with_its_line() {
    assertThatThrownBy(() -> parser.parse(CAMT054_V8.replace("</Ntfctn>", ""), "n.xml"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageStartingWith("not well-formed XML at line ");
  }

  @Test
  void rejects_other_iso20022_messages() {
    String pain = CAMT054_V8.replace("camt.054.001.08", "pain.001.001.09");

    assertThatThrownBy(() -> parser.parse(pain, "p.xml"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("no ISO 20022 camt.052/053/054 namespace")
        .hasMessageContaining("pain.001.001.09");
  }

  @Test
  void rejects_an_amount_finer_than_its_currency() {
    assertThatThrownBy(() -> parser.parse(CAMT054_V8.replace("1.234", "1.2345"), "n.xml"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessage(
            "n.xml: entry 1 of statement N-1 amount 1.2345 BHD has more than 3 decimals or is too large");
  }

  @Test
  void rejects_an_unknown_currency_and_a_missing_indicator() {
    assertThatThrownBy(
            () -> parser.parse(CAMT054_V8.replace("\"BHD\">1.234", "\"XYZ\">1"), "n.xml"))
        .hasMessageContaining("currency 'XYZ' is not an ISO 4217 code");
    assertThatThrownBy(
            () -> parser.parse(CAMT054_V8.replace("<CdtDbtInd>DBIT</CdtDbtInd>", ""), "n.xml"))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageContaining("credit/debit indicator");
  }

  @Test
  void rejects_empty_missing_and_external_entity_files(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> parser.parse("  \n", "e.xml")).hasMessage("e.xml: empty file");
    assertThatThrownBy(() -> parser.parse(dir.resolve("none.xml")))
        .isInstanceOf(StatementFormatException.class)
        .hasMessageEndingWith("none.xml: no such file");
    Path secret = Files.writeString(dir.resolve("secret.txt"), "x");
    String xxe =
        "<!DOCTYPE d [<!ENTITY e SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + CAMT054_V8.replace("<Id>N-1</Id>", "<Id>&e;</Id>");
    assertThatThrownBy(() -> parser.parse(xxe, "x.xml"))
        .isInstanceOf(StatementFormatException.class);
  }
}
