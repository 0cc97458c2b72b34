package dev.voucheremulator.management;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of a management account and their roles in its projects. The account's owner exists from
 * the account's first request on and is an ADMIN of every project created in it. An invitation is
 * taken as accepted: the invited user exists, with the roles it names, at once.
 */
@Service
@Transactional(readOnly = true)
class ManagementUserService {

    static final String OWNER_LOGIN = "owner@voucheremulator.dev";

    private final ManagementUserRepository users;
    private final ManagedProjects projects;
    private final JdbcClient jdbc;
    private final Clock clock;

    ManagementUserService(ManagementUserRepository users, ManagedProjects projects, JdbcClient jdbc,
                          Clock clock) {
        this.users = users;
        this.projects = projects;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ListEnvelope<UserResponse> list(String accountId, String projectId) {
        ManagedProject project = projects.require(accountId, projectId);
        return ListEnvelope.of(users.findByAccountIdOrderByCreatedAtAscIdAsc(accountId).stream()
                .filter(u -> u.assignedTo(project.id()))
                .map(u -> UserResponse.from(u, project.id()))
                .toList());
    }

    UserResponse get(String accountId, String projectId, String userId) {
        ManagedProject project = projects.require(accountId, projectId);
        return UserResponse.from(assigned(accountId, project, userId), project.id());
    }

    @Transactional
    UserResponse assign(String accountId, String projectId, UserRequests.AssignUser body) {
        ManagedProject project = projects.require(accountId, projectId);
        ManagementUser user = existing(accountId, body);
        user.assign(project.id(), body.role());
        return UserResponse.from(users.saveAndFlush(user), project.id());
    }

    @Transactional
    UserResponse updateRole(String accountId, String projectId, String userId, UserRequests.UpdateRole body) {
        ManagedProject project = projects.require(accountId, projectId);
        ManagementUser user = assigned(accountId, project, userId);
        user.assign(project.id(), body.role());
        return UserResponse.from(users.saveAndFlush(user), project.id());
    }

    @Transactional
    void unassign(String accountId, String projectId, String userId) {
        ManagedProject project = projects.require(accountId, projectId);
        ManagementUser user = assigned(accountId, project, userId);
        if (user.owner()) {
            throw ApiException.badRequest("invalid_payload", "Invalid payload",
                    "The account owner cannot be unassigned from a project");
        }
        user.unassign(project.id());
        users.saveAndFlush(user);
    }

    @Transactional
    void invite(String accountId, UserRequests.InviteUser body) {
        List<ManagedProject> targets = body.projects().keySet().stream()
                .map(id -> projects.require(accountId, id))
                .toList();
        ensureOwner(accountId);
        ManagementUser user = users.findByAccountIdAndLogin(accountId, body.email())
                .orElseGet(() -> new ManagementUser(accountId, body.email(), body.firstName(), body.lastName(), false,
                        clock.instant()));
        user.rename(body.firstName(), body.lastName());
        for (ManagedProject project : targets) {
            user.assign(project.id(), body.projects().get(project.id()));
        }
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raced) {
            throw ApiException.duplicate("user", "login", body.email());
        }
    }

    /** Assigns the owner and the users named at creation to a new project; unknown users are a 404. */
    @Transactional
    void assignToNewProject(String accountId, String projectId, List<UserRequests.AssignUser> named) {
        ensureOwner(accountId);
        for (ManagementUser user : users.findByAccountIdOrderByCreatedAtAscIdAsc(accountId)) {
            if (user.owner()) {
                user.assign(projectId, "ADMIN");
            }
        }
        for (UserRequests.AssignUser assignment : named == null ? List.<UserRequests.AssignUser>of() : named) {
            existing(accountId, assignment).assign(projectId, assignment.role());
        }
        users.flush();
    }

    @Transactional
    void forgetProject(String accountId, String projectId) {
        for (ManagementUser user : users.findByAccountIdOrderByCreatedAtAscIdAsc(accountId)) {
            if (user.assignedTo(projectId)) {
                user.unassign(projectId);
            }
        }
        users.flush();
    }

    private void ensureOwner(String accountId) {
        if (users.existsByAccountIdAndOwnerTrue(accountId)) {
            return;
        }
        // Two first requests of an account may race: the unique login keeps one owner.
        jdbc.sql("insert into management_user (id, account_id, login, email, first_name, last_name, is_owner, "
                        + "projects, created_at) values (?, ?, ?, ?, 'Account', 'Owner', true, '{}'::jsonb, ?) "
                        + "on conflict (account_id, login) do nothing")
                .params(ManagementIds.user(), accountId, OWNER_LOGIN, OWNER_LOGIN,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private ManagementUser existing(String accountId, UserRequests.AssignUser body) {
        boolean byId = body.id() != null && !body.id().isBlank();
        boolean byLogin = body.login() != null && !body.login().isBlank();
        if (byId == byLogin) {
            throw ApiException.invalidPayload("Provide exactly one of 'id' and 'login', with 'role'");
        }
        return (byId ? users.findByAccountIdAndId(accountId, body.id())
                : users.findByAccountIdAndLogin(accountId, body.login()))
                .orElseThrow(() -> ApiException.notFound("user", byId ? body.id() : body.login()));
    }

    private ManagementUser assigned(String accountId, ManagedProject project, String userId) {
        return users.findByAccountIdAndId(accountId, userId)
                .filter(u -> u.assignedTo(project.id()))
                .orElseThrow(() -> ApiException.notFound("user", userId));
    }
}
