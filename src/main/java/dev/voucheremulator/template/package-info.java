/**
 * /v1/templates/campaigns: templates taken from campaigns, and campaign-setup and tier-setup
 * that create campaigns and tiers from them. Exposes {@link dev.voucheremulator.template.ProjectTemplates}
 * (a project's list, copies across projects) to the Management API.
 */
@ApplicationModule(displayName = "Campaign templates")
package dev.voucheremulator.template;

import org.springframework.modulith.ApplicationModule;
