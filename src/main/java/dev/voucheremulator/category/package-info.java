/**
 * /v1/categories. Exposes {@link dev.voucheremulator.category.CategoryService} to resolve categories by
 * id or name, and announces deletions with {@link dev.voucheremulator.category.CategoryDeleted}.
 */
@ApplicationModule(displayName = "Categories")
package dev.voucheremulator.category;

import org.springframework.modulith.ApplicationModule;
