/**
 * Stories: articles about one happening grouped into events, and events that follow from each other
 * into storylines, incrementally. {@link dev.corroborate.cluster.StoryClusterer} is the entry point;
 * behind it, one class per job: features and TF-IDF weighting, the candidate index, placement
 * (first-story detection), consolidation, refinement and users' decisions, all tuned by one
 * {@link dev.corroborate.cluster.StoryClusterer.Settings}. Every assignment keeps its reasons and
 * runner-up. Pure and deterministic: the same articles in the same order give the same events.
 */
package dev.corroborate.cluster;
