/**
 * Retention policies: how long each category of data is kept, counted from which moment, and on
 * what legal basis. Pure values and configuration parsing; imports no JDBC and no other package.
 */
package io.finnexus.retention.policy;
