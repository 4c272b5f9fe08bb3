/**
 * The {@code finnexus} command's entry point and its list of subcommands. Only wires subcommands
 * from the feature packages; holds no feature logic itself.
 */
package io.finnexus.app;
