package dev.voucheremulator.management;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Request bodies of the user operations. */
final class UserRequests {

    /** A predefined role, or the id of a custom one. */
    static final String ROLE = "ADMIN|USER|VIEWER|MERCHANT|role_[A-Za-z0-9]{1,64}";

    private UserRequests() {
    }

    /** {@code ManagementProjectsUsersAssignRequestBody}: an existing user by id or login, and a role. */
    record AssignUser(@Size(max = 255) String id, @Size(max = 255) String login,
                      @NotBlank @Pattern(regexp = ROLE) String role) {
    }

    /** {@code ManagementProjectsUsersUpdateRoleRequestBody}. */
    record UpdateRole(@NotBlank @Pattern(regexp = ROLE) String role) {
    }

    /** {@code ManagementProjectsUsersInviteCreateRequestBody}: projects maps project ids to roles. */
    record InviteUser(@NotBlank @Email @Size(max = 255) String email, @Size(max = 255) String firstName,
                      @Size(max = 255) String lastName,
                      @NotEmpty @Size(max = 100) Map<@NotBlank String, @NotBlank @Pattern(regexp = ROLE) String> projects) {
    }
}
