package dev.voucheremulator.api.query;

import dev.voucheremulator.api.error.ApiException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * {@code limit} and 1-based {@code page} of a list, checked against the endpoint's bounds: most
 * allow pages 1..100, vouchers and redemptions 1..99, publications 1..1000.
 */
public record Paging(int limit, int page) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    /** From parameters Spring has already bound as integers (a non-integer never gets here). */
    public static Paging of(Integer limit, Integer page, int maxPage) {
        int l = limit == null ? DEFAULT_LIMIT : limit;
        int p = page == null ? 1 : page;
        if (l < 1 || l > MAX_LIMIT) {
            throw ApiException.invalidQueryParams("Query parameter 'limit' should be between 1 and " + MAX_LIMIT);
        }
        if (p < 1 || p > maxPage) {
            throw ApiException.invalidQueryParams("Query parameter 'page' should be between 1 and " + maxPage);
        }
        return new Paging(l, p);
    }

    // page is 1-based in the public API; Spring Data pages are 0-based.
    public PageRequest pageable(Sort sort) {
        return PageRequest.of(page - 1, limit, sort);
    }
}
