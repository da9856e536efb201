package dev.corroborate.app.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CorroborateCommand.class.getPackage().getImplementationVersion();
        return new String[] {"corroborate " + (version == null ? "development build" : version)};
    }
}
