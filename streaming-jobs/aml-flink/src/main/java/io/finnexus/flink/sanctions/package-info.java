/**
 * Counterparty sanctions screening in the job: the scoring core's screener over each transaction's
 * counterparty name, turned into SANCTIONS_HIT alerts. Stateless; may import Flink, the scoring
 * core and the job's events.
 */
package io.finnexus.flink.sanctions;
