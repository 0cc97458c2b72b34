package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/management/v1/projects")
@Tag(name = "Management")
class ManagementUserController {

    private final ManagementUserService users;

    ManagementUserController(ManagementUserService users) {
        this.users = users;
    }

    @PostMapping("/{projectId}/users")
    @Operation(operationId = "assign-user", summary = "Assign User")
    UserResponse assign(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
                        @Valid @RequestBody UserRequests.AssignUser body) {
        return users.assign(account.id(), projectId, body);
    }

    @GetMapping("/{projectId}/users")
    @Operation(operationId = "list-users", summary = "List Users")
    ListEnvelope<UserResponse> list(@Parameter(hidden = true) ManagementAccount account,
                                    @PathVariable String projectId) {
        return users.list(account.id(), projectId);
    }

    @GetMapping("/{projectId}/users/{userId}")
    @Operation(operationId = "get-user", summary = "Get User")
    UserResponse get(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
                     @PathVariable String userId) {
        return users.get(account.id(), projectId, userId);
    }

    @PutMapping("/{projectId}/users/{userId}")
    @Operation(operationId = "update-user", summary = "Update User")
    UserResponse update(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
                        @PathVariable String userId, @Valid @RequestBody UserRequests.UpdateRole body) {
        return users.updateRole(account.id(), projectId, userId, body);
    }

    @DeleteMapping("/{projectId}/users/{userId}")
    @Operation(operationId = "unassign-user", summary = "Unassign User")
    ResponseEntity<Void> unassign(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
                                  @PathVariable String userId) {
        users.unassign(account.id(), projectId, userId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/invite")
    @Operation(operationId = "invite-user", summary = "Invite a New User")
    ResponseEntity<Void> invite(@Parameter(hidden = true) ManagementAccount account,
                                @Valid @RequestBody UserRequests.InviteUser body) {
        users.invite(account.id(), body);
        return ResponseEntity.noContent().build();
    }
}
