/**
 * Stories: articles about one happening grouped into events, and events that follow from each other
 * grouped into storylines, incrementally (each new article joins an event or starts one, then the
 * events that placement split are joined by average linkage), with the reasons for every assignment
 * and the runner-up. Pure and deterministic: the same articles in the
 * same order give the same events.
 */
package dev.corroborate.cluster;
