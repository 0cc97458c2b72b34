package dev.voucheremulator.asyncaction;

import java.util.List;

/** The spec's {@code AsyncActionsListResponseBody}: newest first, without results. */
record AsyncActionListResponse(String object, String dataRef, List<AsyncActionResponse> asyncActions,
                               boolean hasMore) {

    static AsyncActionListResponse of(List<AsyncActionResponse> actions, boolean hasMore) {
        return new AsyncActionListResponse("list", "async_actions", actions, hasMore);
    }
}
