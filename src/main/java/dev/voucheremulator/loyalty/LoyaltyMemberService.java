package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.OrderParameter;
import dev.voucheremulator.api.query.Paging;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.publication.PublicationService;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A loyalty program's members (customers holding one of its cards) and their points. */
@Service
@Transactional
public class LoyaltyMemberService {

    // Transactions come newest first unless asked otherwise; created_at and id give the same order.
    private static final OrderParameter<Boolean> ASCENDING = OrderParameter.<Boolean>builder()
            .option("created_at", true)
            .option("-created_at", false)
            .option("id", true)
            .option("-id", false)
            .listedPlainly()
            .byDefault(false);

    private final LoyaltyProgramService programs;
    private final CampaignService campaigns;
    private final PublicationService publications;
    private final VoucherService vouchers;
    private final LoyaltyPointsService points;
    private final Clock clock;

    LoyaltyMemberService(LoyaltyProgramService programs, CampaignService campaigns, PublicationService publications,
                         VoucherService vouchers, LoyaltyPointsService points, Clock clock) {
        this.programs = programs;
        this.campaigns = campaigns;
        this.publications = publications;
        this.vouchers = vouchers;
        this.points = points;
        this.clock = clock;
    }

    /**
     * Publishes a card to the customer (counted as a publication). join_once holds for every loyalty
     * program, so a customer who is already a member gets their card back. A refusal is stored as a
     * failed publication, so it is thrown only after that transaction committed.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    VoucherResponse add(String projectId, String campaignId, AddMemberRequest body) {
        if (body == null) {
            throw ApiException.invalidPayload("The request body should be a JSON object");
        }
        CampaignResponse program = programs.get(projectId, campaignId);
        if (body.voucher() != null && !body.voucher().isBlank()) {
            card(projectId, program, body.voucher()); // a code of another campaign is not found here
        }
        PublicationService.Joined joined = publications.joinProgram(projectId, program.id(), body.voucher(),
                body.customerRef(), body.metadata(), body.channel());
        if (joined.refusal() != null) {
            throw joined.refusal();
        }
        return points.current(projectId, joined.card().id());
    }

    /** The program's cards that have a holder, newest first; points due to expire are expired first. */
    public ListEnvelope<VoucherResponse> list(String projectId, String campaignId, Integer limit, Integer page) {
        Paging paging = Paging.of(limit, page, 100);
        CampaignResponse program = programs.get(projectId, campaignId);
        points.expireCampaign(projectId, program.id());
        return vouchers.listHeld(projectId, program.id(), null, paging.limit(), paging.page());
    }

    VoucherResponse get(String projectId, String campaignId, String memberId) {
        VoucherResponse card = campaignId == null ? card(projectId, memberId)
                : card(projectId, programs.get(projectId, campaignId), memberId);
        return points.current(projectId, card.id());
    }

    BalanceResponse updateBalance(String projectId, String campaignId, String memberId, BalanceUpdateRequest body) {
        if (body == null || body.points() == null) {
            throw ApiException.invalidPayload("Payload should have required property 'points'");
        }
        if (body.points() == 0) {
            throw ApiException.badRequest("invalid_amount", "Invalid Amount", "Property 'points' cannot be 0");
        }
        LocalDate customDate = customExpiry(body);
        CampaignResponse program = campaignId == null ? null : programs.get(projectId, campaignId);
        VoucherResponse card = program == null ? card(projectId, memberId) : card(projectId, program, memberId);
        if (program == null) {
            program = campaigns.getBase(projectId, card.campaignId());
        }
        LocalDate expiresOn = switch (body.expirationType() == null
                ? (customDate != null ? BalanceUpdateRequest.ExpirationType.CUSTOM_DATE
                        : BalanceUpdateRequest.ExpirationType.PROGRAM_RULES)
                : body.expirationType()) {
            case NON_EXPIRING -> null;
            case CUSTOM_DATE -> customDate;
            case PROGRAM_RULES -> PointsExpiry.lastDay(rules(program), LocalDate.ofInstant(clock.instant(),
                    ZoneOffset.UTC));
        };
        return points.change(projectId, card.id(),
                new LoyaltyPointsService.Change(body.points(), expiresOn, body.reason(), body.sourceId()));
    }

    /** {@code filters}: checked against the program's or the card's filter fields before any query runs. */
    ListEnvelope<LoyaltyTransactionResponse> transactions(String projectId, String campaignId, String memberId,
                                                          Integer limit, String order, String startingAfterId,
                                                          Filters filters) {
        Paging paging = Paging.of(limit, 1, 1);
        boolean ascending = ASCENDING.parseOrDefault(order);
        Specification<LoyaltyTransaction> filtered = LoyaltyTransactionFilters.specification(filters,
                clock.instant());
        if (memberId == null) {
            CampaignResponse program = programs.get(projectId, campaignId);
            points.expireCampaign(projectId, program.id());
            return points.transactions(projectId, program.id(), null, paging.limit(), ascending, startingAfterId,
                    filtered);
        }
        VoucherResponse card = campaignId == null ? card(projectId, memberId)
                : card(projectId, programs.get(projectId, campaignId), memberId);
        points.current(projectId, card.id());
        return points.transactions(projectId, card.campaignId(), card.id(), paging.limit(), ascending,
                startingAfterId, filtered);
    }

    private LocalDate customExpiry(BalanceUpdateRequest body) {
        if (body.expirationType() == BalanceUpdateRequest.ExpirationType.CUSTOM_DATE
                && (body.expirationDate() == null || body.expirationDate().isBlank())) {
            throw ApiException.invalidPayload("Property 'expiration_date' is required when expiration_type is CUSTOM_DATE");
        }
        if (body.expirationDate() == null || body.expirationDate().isBlank()
                || body.expirationType() != null
                        && body.expirationType() != BalanceUpdateRequest.ExpirationType.CUSTOM_DATE) {
            return null;
        }
        if (body.points() < 0) {
            throw ApiException.invalidPayload("Property 'expiration_date' applies to added points only");
        }
        LocalDate date;
        try {
            String text = body.expirationDate().trim();
            date = text.length() == 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidPayload("Property .expiration_date cannot be recognized as a ISO-8601 compliant date");
        }
        if (date.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            throw ApiException.badRequest("invalid_expiration_date", "Invalid Expiration Date",
                    "Expiration date cannot be set in the past");
        }
        return date;
    }

    private static LoyaltyCardConfig.ExpirationRules rules(CampaignResponse program) {
        return program.voucher() == null || program.voucher().loyaltyCard() == null ? null
                : program.voucher().loyaltyCard().expirationRules();
    }

    /** A loyalty card of the program by code or {@code v_} id; 404 for anything else. */
    private VoucherResponse card(String projectId, CampaignResponse program, String memberId) {
        VoucherResponse card = card(projectId, memberId);
        if (!program.id().equals(card.campaignId())) {
            throw ApiException.notFound("voucher", memberId);
        }
        return card;
    }

    private VoucherResponse card(String projectId, String memberId) {
        return vouchers.find(projectId, memberId)
                .filter(v -> v.type() == VoucherType.LOYALTY_CARD && v.campaignId() != null)
                .orElseThrow(() -> ApiException.notFound("voucher", memberId));
    }
}
