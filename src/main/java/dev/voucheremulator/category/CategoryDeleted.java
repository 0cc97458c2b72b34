package dev.voucheremulator.category;

/**
 * Published inside the transaction that deletes a category. Features that point at categories
 * listen for it and clear their {@code category_id}, in the same transaction, before the row goes.
 */
public record CategoryDeleted(String projectId, String categoryId) {
}
