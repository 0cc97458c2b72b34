package dev.voucheremulator.management;

import java.util.Map;

/**
 * {@code User} of the Management API: projects maps each project the user is assigned to to a role.
 * The schema requires a {@code role} it does not declare: the user's role in the project asked about.
 */
record UserResponse(String id, String login, String email, String firstName, String lastName,
                    Map<String, String> projects, boolean isOwner, String role) {

    static UserResponse from(ManagementUser u, String projectId) {
        return new UserResponse(u.id(), u.login(), u.email(), u.firstName(), u.lastName(), u.projects(), u.owner(),
                u.projects().get(projectId));
    }
}
