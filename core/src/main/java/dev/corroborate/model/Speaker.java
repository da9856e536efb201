package dev.corroborate.model;

import java.util.List;

/**
 * A person who speaks in one or more articles, with the name variants the articles gave them.
 * Made by the quote stage's speaker resolution. Immutable when built from immutable lists, as the
 * quote stage builds it.
 *
 * @param id       a stable id ({@code sp-} and hex digits) derived from the person's first mention
 * @param name     the name shown: the fullest variant, the commonest among equals
 * @param variants every name form met, in sorted order
 * @param roles    the roles and titles the articles gave, in sorted order; empty when none
 * @param quotes   how many quotes are attributed to this person
 * @param evidence why variants were joined into one person; empty when only one form was met
 */
public record Speaker(String id, String name, List<String> variants, List<String> roles, int quotes,
                      List<String> evidence) {
}
