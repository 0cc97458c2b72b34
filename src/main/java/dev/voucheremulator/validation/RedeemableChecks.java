package dev.voucheremulator.validation;

import dev.voucheremulator.api.schema.ProjectSchemas;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.campaign.CampaignTerms;
import dev.voucheremulator.campaign.CampaignTermsService;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.loyalty.RewardService;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.promotion.PromotionTierService;
import dev.voucheremulator.pricing.DiscountCalculator;
import dev.voucheremulator.pricing.DiscountCalculator.Needs;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.pricing.OrderView;
import dev.voucheremulator.validation.ValidityCheck.Outcome;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.voucher.LoyaltyCard;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The rules a redeemable must pass, in Voucherify's order: it exists; it and its campaign are
 * enabled; the dates, then the recurring windows allow the current instant; uses are left; assigned
 * validation rules hold; and the order gives what its discount or gift card needs. Then the
 * redeemables the stacking rules let apply are applied to the order one after the other.
 * Redemptions re-check the remaining uses in the database; this only reads.
 */
@Component
public class RedeemableChecks {

    private final VoucherService vouchers;
    private final CampaignTermsService campaigns;
    private final PromotionTierService tiers;
    private final ValidationRulesHook rules;
    private final RewardService rewards;
    private final StackingPolicy stacking;
    private final Clock clock;
    private final ProjectSchemas schemas;

    RedeemableChecks(VoucherService vouchers, CampaignTermsService campaigns, PromotionTierService tiers,
                     ValidationRulesHook rules, RewardService rewards, StackingPolicy stacking, ProjectSchemas schemas,
                     Clock clock) {
        this.schemas = schemas;
        this.stacking = stacking;
        this.vouchers = vouchers;
        this.campaigns = campaigns;
        this.tiers = tiers;
        this.rules = rules;
        this.rewards = rewards;
        this.clock = clock;
    }

    StackingRules stackingRules(String projectId) {
        return stacking.rulesOf(projectId);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Checks every redeemable and applies the ones the project's stacking rules let apply to the order.
     * More redeemables than the rules' {@code redeemables_limit} is a 400 before anything is read or written.
     */
    public Stack evaluate(String projectId, StackableRequest request, Supplier<CustomerSnapshot> customer, Instant now) {
        StackingRules stackingRules = stacking.rulesOf(projectId);
        if (request.redeemables().size() > stackingRules.redeemablesLimit()) {
            throw ApiException.invalidPayload("Property 'redeemables' should have 1 to "
                    + stackingRules.redeemablesLimit() + " items (the project's stacking rules allow "
                    + stackingRules.redeemablesLimit() + " redeemables per request)");
        }
        // the request's metadata becomes the redemption's: the redemption metadata schema applies
        schemas.checkMetadata(projectId, "redemption", request.metadata());
        Map<String, Optional<CampaignTerms>> campaignCache = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < request.redeemables().size(); i++) {
            Candidate candidate = new Candidate(i, request.redeemables().get(i));
            resolve(projectId, candidate, campaignCache);
            if (candidate.failure == null) {
                checkRules(projectId, candidate, request, customer, now);
            }
            candidates.add(candidate);
        }
        Stack stack = new Stack(request.order(), candidates, stackingRules);
        stack.apply(this::checkAgainstOrder);
        return stack;
    }

    private void resolve(String projectId, Candidate c, Map<String, Optional<CampaignTerms>> campaignCache) {
        switch (c.object()) {
            case Candidate.VOUCHER -> {
                Optional<VoucherResponse> voucher = vouchers.findChecked(projectId, c.id());
                if (voucher.isEmpty()) {
                    c.fail(Failure.notFound("voucher", c.id()));
                    return;
                }
                c.voucher = voucher.get();
                if (c.voucher.campaignId() != null) {
                    c.campaign = campaign(projectId, c.voucher.campaignId(), campaignCache).orElse(null);
                }
            }
            case Candidate.PROMOTION_TIER -> {
                Optional<PromotionTierResponse> tier = tiers.find(projectId, c.id(),
                        id -> campaign(projectId, id, campaignCache)
                                .filter(campaign -> campaign.campaignType() == CampaignType.PROMOTION)
                                .map(CampaignTerms::tierRef));
                if (tier.isEmpty()) {
                    c.fail(Failure.notFound("promotion_tier", c.id()));
                    return;
                }
                c.tier = tier.get();
                c.campaign = campaign(projectId, c.tier.campaignId(), campaignCache).orElseThrow();
            }
            // promotion stacks are not emulated: none exists
            default -> c.fail(Failure.notFound(c.object(), c.id()));
        }
    }

    private Optional<CampaignTerms> campaign(String projectId, String campaignId,
                                             Map<String, Optional<CampaignTerms>> cache) {
        return cache.computeIfAbsent(campaignId, id -> campaigns.find(projectId, id));
    }

    private void checkRules(String projectId, Candidate c, StackableRequest request,
                            Supplier<CustomerSnapshot> customer, Instant now) {
        if (c.voucher != null) {
            checkVoucher(c, customer, now);
        } else {
            checkTier(c, now);
        }
        if (c.failure == null) {
            rules.check(projectId, c, request, customer).ifPresent(c::fail);
        }
        if (c.failure == null && c.isLoyaltyCard()) {
            checkReward(projectId, c);
        }
    }

    /**
     * A loyalty card pays for a reward its program offers: the request's points, at least the
     * reward's price (fewer is answered missing_reward, as no other key is documented), or the
     * price itself, within the card's balance. The redemption takes them under the card's lock.
     */
    private void checkReward(String projectId, Candidate c) {
        StackableRequest.RewardRef ref = c.ref.reward();
        if (ref == null || ref.id() == null || ref.id().isBlank()) {
            c.fail(Failure.of("missing_reward", "Missing reward",
                    "A reward is required when redeeming a LOYALTY_CARD", c.id(), "voucher"));
            return;
        }
        Optional<RewardService.Offer> offer = c.voucher.campaignId() == null ? Optional.empty()
                : rewards.offer(projectId, c.voucher.campaignId(), ref.id());
        if (offer.isEmpty()) {
            c.fail(Failure.notFound("reward", ref.id()));
            return;
        }
        long price = offer.get().points() == null ? 0 : offer.get().points();
        long points = ref.points() == null ? price : ref.points();
        if (points < price || points <= 0) {
            c.fail(Failure.of("missing_reward", "Missing reward",
                    "Reward " + ref.id() + " costs " + price + " points, the request offers " + points,
                    ref.id(), "reward"));
            return;
        }
        LoyaltyCard card = c.voucher.loyaltyCard();
        long balance = card == null || card.balance() == null ? 0 : card.balance();
        if (points > balance) {
            c.fail(pointsExceeded(c.voucher.code()));
            return;
        }
        c.reward = offer.get();
        c.loyaltyPoints = points;
    }

    public static Failure pointsExceeded(String code) {
        return voucherFailure("loyalty_card_points_exceeded", "Loyalty card points exceeded", code);
    }

    private void checkVoucher(Candidate c, Supplier<CustomerSnapshot> customer, Instant now) {
        VoucherResponse v = c.voucher;
        String code = v.code();
        if (!v.active() || (c.campaign != null && !c.campaign.active())) {
            c.fail(voucherFailure("voucher_disabled", "voucher is disabled", code));
            return;
        }
        List<Validity> windows = new ArrayList<>();
        windows.add(v.validity());
        if (c.campaign != null) {
            windows.add(c.campaign.validity());
            Instant expiry = ValidityCheck.expiryAfterPublishing(publishedAt(v),
                    c.campaign.activityDurationAfterPublishing());
            if (expiry != null) {
                windows.add(Validity.between(null, expiry));
            }
        }
        Outcome outcome = ValidityCheck.check(now, windows);
        switch (outcome) {
            case NOT_STARTED -> c.fail(voucherFailure("voucher_not_active", "voucher not active", code));
            case EXPIRED -> c.fail(voucherFailure("voucher_expired", "voucher expired", code));
            case NOT_ACTIVE_NOW -> c.fail(voucherFailure("voucher_not_active_now", "voucher not active now", code));
            case ACTIVE -> {
            }
        }
        if (c.failure != null) {
            return;
        }
        VoucherResponse.Redemption redemption = v.redemption();
        if (redemption != null && redemption.quantity() != null
                && redemption.redeemedQuantity() >= redemption.quantity()) {
            c.fail(voucherFailure("quantity_exceeded", "quantity exceeded", code));
            return;
        }
        // the customer is looked up only when a check needs it (see LazyCustomer)
        if (v.isReferralCode() && v.holderId() != null && customer.get() != null
                && v.holderId().equals(customer.get().id())) {
            c.fail(voucherFailure("referrer_not_permitted_to_redeem", "Referrer not permitted to redeem", code));
        }
    }

    /**
     * When the voucher was published to its holder, for activity_duration_after_publishing. Vouchers
     * do not record a publication time yet, so the duration is not enforced.
     */
    private static Instant publishedAt(VoucherResponse voucher) {
        return null;
    }

    private void checkTier(Candidate c, Instant now) {
        PromotionTierResponse tier = c.tier;
        if (!tier.active() || !c.campaign.active()) {
            c.fail(Failure.of("promotion_inactive", "Inactive Promotion",
                    "Promotion Tier with id: " + tier.id() + " is disabled.", tier.id(), "promotion_tier"));
            return;
        }
        Outcome outcome = ValidityCheck.check(now, List.of(tier.validity(), c.campaign.validity()));
        if (outcome != Outcome.ACTIVE) {
            String why = switch (outcome) {
                case NOT_STARTED -> "is not active yet";
                case EXPIRED -> "has expired";
                default -> "is outside its validity windows";
            };
            c.fail(Failure.of("promotion_not_active_now", "promotion not active now",
                    "Promotion Tier with id: " + tier.id() + " " + why + ".", tier.id(), "promotion_tier"));
        }
    }

    /** Rules that need the order: runs on the order as the earlier applicable redeemables left it. */
    private void checkAgainstOrder(Candidate c, OrderRequest order, DiscountCalculator.Order state) {
        OrderView.Problem orderProblem = OrderView.problem(order);
        if (orderProblem != null) {
            c.fail(Failure.of(orderProblem.key(), orderProblem.message(), orderProblem.details(), null, null));
            return;
        }
        if (c.isGift()) {
            checkGift(c, order, state);
            return;
        }
        Needs needs = DiscountCalculator.needs(c.discount());
        if (needs != Needs.NOTHING && order == null) {
            c.fail(Failure.of("missing_order", "Missing order",
                    "An order is required to apply this discount", c.id(), c.object()));
        } else if (needs == Needs.AMOUNT && state == null) {
            c.fail(Failure.of("missing_amount", "Missing amount",
                    "An order amount is required to apply this discount", c.id(), c.object()));
        } else if (needs == Needs.ITEMS && (order.items() == null || order.items().isEmpty())) {
            c.fail(Failure.of("missing_order_items", "Missing order items",
                    "Order items are required to apply this discount", c.id(), c.object()));
        } else if (state != null) {
            c.applied = DiscountCalculator.apply(state, c.discount());
        }
    }

    private static void checkGift(Candidate c, OrderRequest order, DiscountCalculator.Order state) {
        Gift gift = c.voucher.gift();
        long balance = gift == null || gift.balance() == null ? 0 : gift.balance();
        c.giftBalance = balance;
        Long requested = c.ref.gift() == null ? null : c.ref.gift().credits();
        Gift.GiftEffect effect = gift == null || gift.effect() == null ? Gift.GiftEffect.APPLY_TO_ORDER : gift.effect();
        if (requested != null && requested <= 0) {
            c.fail(Failure.of("invalid_amount", "Invalid amount", "Gift credits should be a positive amount",
                    c.id(), "voucher"));
            return;
        }
        if ((effect == Gift.GiftEffect.APPLY_TO_ITEMS && !OrderView.hasItemsWithAmount(order))
                || (requested == null && state == null)) {
            c.fail(Failure.of("missing_order_items_amount", "Missing applicable order items",
                    "At least one applicable order item with amount is required to redeem this GIFT_VOUCHER",
                    c.id(), "voucher"));
            return;
        }
        long wanted = requested != null ? requested : Math.min(balance, state.totalAmount());
        if (balance <= 0 || wanted > balance) {
            c.fail(voucherFailure("gift_amount_exceeded", "gift amount exceeded", c.voucher.code()));
            return;
        }
        if (state != null) {
            c.applied = DiscountCalculator.applyGift(state, wanted, effect);
            c.giftCredits = c.applied.total();
        } else {
            c.giftCredits = wanted;
        }
    }

    public static Failure voucherFailure(String key, String message, String code) {
        return Failure.of(key, message, code, code, "voucher");
    }
}
