package dev.voucheremulator.emulator;

/**
 * Published after a reset commits, so controls that keep state of their own (clock, journal, faults,
 * limits) drop it too. {@code projectId} is null when every project was reset.
 */
public record ProjectReset(String projectId) {

    public boolean all() {
        return projectId == null;
    }

    public boolean covers(String project) {
        return projectId == null || projectId.equals(project);
    }
}
