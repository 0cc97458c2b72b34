package dev.voucheremulator.campaign;

import java.util.List;

/**
 * The spec's {@code AccessSettings} of a campaign update: areas and stores to assign or unassign
 * (an enterprise feature). The emulator has no areas or stores; the shape is checked and the
 * assignment is not kept.
 */
public record AccessSettings(Assignment assign, Assignment unassign) {

    public record Assignment(List<String> areasIds, List<String> areaStoresIds, List<String> areaAllStoresIds) {
    }
}
