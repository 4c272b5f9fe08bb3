/**
 * The {@code finnexus train} and {@code finnexus model-eval} commands: thin picocli wrappers that
 * read labelled input through {@code ingest} and delegate to {@code io.finnexus.models}. They do
 * not depend on the main command class (the lead registers them).
 */
package io.finnexus.app.model;
