/**
 * Feature tables for training and evaluation: rows of numbers with a label and an event time, the
 * time-ordered train/validation split and class weights. Knows nothing of any model library.
 */
package io.finnexus.models.data;
