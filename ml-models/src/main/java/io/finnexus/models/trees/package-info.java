/**
 * Plain-Java evaluation of gradient-boosted trees exported from XGBoost (its JSON model dump),
 * flattened into primitive arrays so that scoring one transaction costs microseconds and needs no
 * native library. Imports no model library.
 */
package io.finnexus.models.trees;
