/**
 * The records that cross stage boundaries: {@link dev.corroborate.model.Article} and the values it
 * is made of, and what the stages find in articles ({@link dev.corroborate.model.ReuseLink} with its
 * {@link dev.corroborate.model.Passage}s and {@link dev.corroborate.model.Relation}, {@link
 * dev.corroborate.model.Quote} with its {@link dev.corroborate.model.SpeakerMention}, {@link
 * dev.corroborate.model.Speaker}). Depends on nothing else in the project. All are immutable,
 * validated in their compact constructors, and safe to share across threads. Optional parts are
 * {@code null} when unknown and documented as such.
 */
package dev.corroborate.model;
