package dev.voucheremulator.api.paging;

import dev.voucheremulator.api.error.ApiException;

/**
 * {@code limit} + 1-based {@code page} of a list endpoint, checked against that endpoint's bounds
 * (most allow pages 1..100, vouchers and redemptions 1..99).
 */
public record PageQuery(int limit, int page) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public static PageQuery of(Integer limit, Integer page, int maxPage) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        int p = page == null ? 1 : page;
        if (l < 1 || l > MAX_LIMIT) {
            throw ApiException.invalidQueryParams("Query parameter 'limit' should be between 1 and " + MAX_LIMIT);
        }
        if (p < 1 || p > maxPage) {
            throw ApiException.invalidQueryParams("Query parameter 'page' should be between 1 and " + maxPage);
        }
        return new PageQuery(l, p);
    }

    /** Spring Data pages are 0-based. */
    public int zeroBasedPage() {
        return page - 1;
    }
}
