package dev.voucheremulator.category;

import java.util.List;

/** {@code CategoriesListResponseBody}. */
record CategoryListResponse(String object, String dataRef, List<CategoryResponse> data, int total) {

    static CategoryListResponse of(List<CategoryResponse> categories) {
        return new CategoryListResponse("list", "data", categories, categories.size());
    }
}
