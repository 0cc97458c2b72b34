/**
 * /v1/publications: handing vouchers to customers, from a campaign or by code. Exposes
 * {@link dev.voucheremulator.publication.PublicationService} to the dashboard and loyalty members.
 */
@ApplicationModule(displayName = "Publications")
package dev.voucheremulator.publication;

import org.springframework.modulith.ApplicationModule;
