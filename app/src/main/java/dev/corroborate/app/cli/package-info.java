/**
 * The command line: picocli commands that parse arguments, call the io and core stages, and
 * print. Wiring only; no analysis logic lives here. Exit codes: 0 success, 1 failure, 2 usage.
 */
package dev.corroborate.app.cli;
