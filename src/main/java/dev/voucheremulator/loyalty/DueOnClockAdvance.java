package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.time.ProjectClockAdvanced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a project's test clock moves forward, every card of the project expires its due points and
 * activates its due pending points at once, instead of when it is next looked at: the advance answers
 * with the project already in the state the new time implies.
 */
@Component
class DueOnClockAdvance {

    private final LoyaltyPointsService points;

    DueOnClockAdvance(LoyaltyPointsService points) {
        this.points = points;
    }

    @EventListener
    void onAdvanced(ProjectClockAdvanced advanced) {
        points.expireProject(advanced.projectId());
    }
}
