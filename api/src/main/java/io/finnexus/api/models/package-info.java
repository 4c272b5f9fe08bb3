/**
 * Model deployment over REST for data scientists: upload a trained {@code .fnx} artifact into the
 * registry of {@code ml-models} (MongoDB GridFS), list, run as shadow, promote through the gate,
 * roll back. Stage changes go to the {@code model-events} topic so running scorers swap models
 * without a restart. The registry logic lives in ml-models; this package only adapts it.
 */
package io.finnexus.api.models;
