package dev.voucheremulator.management;

import java.util.Map;

/** {@code User} of the Management API: projects maps each project the user is assigned to to a role. */
record UserResponse(String id, String login, String email, String firstName, String lastName,
                    Map<String, String> projects, boolean isOwner) {

    static UserResponse from(ManagementUser u) {
        return new UserResponse(u.id(), u.login(), u.email(), u.firstName(), u.lastName(), u.projects(), u.owner());
    }
}
