/**
 * The records that cross stage boundaries: {@link dev.corroborate.model.Article} and the values it
 * is made of, and the stages' results ({@link dev.corroborate.model.ReuseLink} with its passages
 * and relation). Depends on nothing else in the project. All are immutable, validated in their
 * compact constructors, and safe to share across threads. Optional parts are {@code null} when
 * unknown and documented as such.
 */
package dev.corroborate.model;
