package dev.voucheremulator.loyalty;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** A campaign's loyalty transactions; pages of them are read by specification, in {@code seq} order. */
interface LoyaltyTransactionRepository extends JpaRepository<LoyaltyTransaction, String>,
        JpaSpecificationExecutor<LoyaltyTransaction> {

    Optional<LoyaltyTransaction> findByProjectIdAndCampaignIdAndId(String projectId, String campaignId, String id);
}
