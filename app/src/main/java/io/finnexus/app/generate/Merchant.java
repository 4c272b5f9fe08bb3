package io.finnexus.app.generate;

/** A card acceptor: id, display name, ISO 18245 category, country, typical ticket in cents. */
record Merchant(String id, String name, String category, String country, long medianCents) {}
