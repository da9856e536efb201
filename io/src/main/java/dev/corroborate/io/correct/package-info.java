/**
 * Users' corrections of the clustering (merge two events, split articles out of one, move an
 * article to another): checked against the store, stored as decisions, and applied at once by
 * re-running the story stage. The one implementation behind the CLI's {@code story merge|split|move}
 * and the web app's forms.
 */
package dev.corroborate.io.correct;
