package dev.voucheremulator.customer;

import dev.voucheremulator.api.auth.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/events")
@Tag(name = "Events")
class EventController {

    private final CustomEventService events;

    EventController(CustomEventService events) {
        this.events = events;
    }

    @PostMapping
    @Operation(operationId = "track-custom-event", summary = "Track Custom Event")
    EventResponse track(@Parameter(hidden = true) Project project, @RequestBody TrackEventRequest body) {
        return events.track(project.id(), body);
    }
}
