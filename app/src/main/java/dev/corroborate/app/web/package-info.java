/**
 * The web app ({@code corroborate serve}): Javalin serving the read models of {@code io.query} as JSON
 * under {@code /api/} and as server-rendered HTML pages, every piece of article content escaped by
 * {@link dev.corroborate.app.web.Html}. Handlers only wire a request to a read model and a renderer.
 */
package dev.corroborate.app.web;
