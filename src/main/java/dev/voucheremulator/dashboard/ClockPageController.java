package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.time.ProjectClocks;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project's test clock as a page: the time its requests see, and forms that freeze, advance or
 * release it through {@code /_emulator/projects/{projectId}/clock} (clock.js calls the JSON controls).
 */
@Controller
@Hidden
@RequestMapping("/dashboard/clock")
class ClockPageController {

    private final ProjectClocks clocks;

    ClockPageController(ProjectClocks clocks) {
        this.clocks = clocks;
    }

    @GetMapping
    String clock(@RequestParam(name = "app_id", required = false) String appId, Model model) {
        if (appId == null || appId.isBlank()) {
            return "dashboard/choose-project";
        }
        model.addAttribute("appId", appId);
        model.addAttribute("frozenTime", clocks.frozenTime(appId).orElse(null));
        model.addAttribute("now", clocks.now(appId));
        model.addAttribute("wallTime", clocks.wallTime());
        return "dashboard/clock";
    }
}
