/**
 * The {@code finnexus screen} command: sanctions screening of names from the command line, on top
 * of the engine-free {@code io.finnexus.scoring.sanctions} core. Depends only on picocli and
 * ml-models; it does not know the main command that registers it.
 */
package io.finnexus.app.screen;
