/**
 * The synthetic traffic generator behind {@code finnexus generate}: customer profiles, normal
 * traffic with daily and weekly rhythm, and labelled AML and fraud typologies, deterministic for a
 * seed. May import schemas, ml-models, app.cli and app.ingest (for the CSV writer); nothing imports
 * it but the command entry point.
 */
package io.finnexus.app.generate;
