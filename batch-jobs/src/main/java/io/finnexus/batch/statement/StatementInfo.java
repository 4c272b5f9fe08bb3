package io.finnexus.batch.statement;

import java.time.OffsetDateTime;

/**
 * Statement-level facts of one statement, report or notification inside a file.
 *
 * @param statementId {@code Stmt/Id} (camt.053), {@code Rpt/Id} (052), {@code Ntfctn/Id} (054)
 * @param accountId IBAN or other account id; {@code null} if the file names none (CSV)
 * @param accountCurrency {@code Acct/Ccy} when present
 * @param createdAt {@code CreDtTm} when present
 * @param entryCount number of entries of this statement in {@link ParsedStatement#entries()}
 */
public record StatementInfo(
    String statementId,
    String accountId,
    String accountCurrency,
    OffsetDateTime createdAt,
    int entryCount) {}
