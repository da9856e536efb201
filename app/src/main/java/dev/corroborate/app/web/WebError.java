package dev.corroborate.app.web;

/** A request the app refuses: the HTTP status and a message safe to show. Immutable. */
final class WebError extends RuntimeException {

    private final int status;

    private WebError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static WebError notFound(String message) {
        return new WebError(404, message);
    }

    static WebError badRequest(String message) {
        return new WebError(400, message);
    }

    static WebError forbidden(String message) {
        return new WebError(403, message);
    }

    static WebError conflict(String message) {
        return new WebError(409, message);
    }

    static WebError unavailable(String message) {
        return new WebError(503, message);
    }

    int status() {
        return status;
    }
}
