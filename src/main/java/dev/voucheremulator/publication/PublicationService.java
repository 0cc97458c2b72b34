package dev.voucheremulator.publication;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.customer.Activity;
import dev.voucheremulator.customer.CustomerRef;
import dev.voucheremulator.customer.CustomerResponse;
import dev.voucheremulator.customer.CustomerService;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherCounterService;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing codes to customers. A refusal for a business reason (already published, nothing
 * suitable, already joined) is stored as a FAILURE publication and counted, so it comes back as a
 * value, not an exception: the transaction that records it must commit.
 */
@Service
@Transactional(readOnly = true)
public class PublicationService {

    static final int MAX_COUNT = 50;

    private final PublicationRepository repository;
    private final CustomerService customers;
    private final VoucherService vouchers;
    private final VoucherCounterService counters;
    private final CampaignService campaigns;
    private final AnalyticsService analytics;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PublicationService(PublicationRepository repository, CustomerService customers, VoucherService vouchers,
                       VoucherCounterService counters, CampaignService campaigns, AnalyticsService analytics,
                       JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.customers = customers;
        this.vouchers = vouchers;
        this.counters = counters;
        this.campaigns = campaigns;
        this.analytics = analytics;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * What to publish: a {@code voucher} code (wins), or {@code count} codes of a {@code campaign}
     * (name or id). {@code joinOnce} is the query flag: the customer gets the code they already
     * have instead of another one.
     */
    record Command(String voucher, String campaign, int count, CustomerRef customer, String sourceId,
                   Map<String, Object> metadata, String channel, boolean joinOnce) {
    }

    /** A publication, or the refusal that was stored (and is to be answered with 400). */
    record Outcome(PublicationResponse publication, ApiException refusal) {

        PublicationResponse orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return publication;
        }
    }

    @Transactional
    Outcome create(String projectId, Command command) {
        boolean byVoucher = hasText(command.voucher());
        if (!byVoucher && !hasText(command.campaign())) {
            throw ApiException.badRequest("missing_vouchers", "Missing vouchers", "Either Campaign or Voucher is required");
        }
        int count = byVoucher ? 1 : command.count();
        if (count < 1 || count > MAX_COUNT) {
            throw ApiException.invalidPayload("Property 'campaign.count' should be between 1 and " + MAX_COUNT);
        }
        if (hasText(command.sourceId()) && count > 1) {
            throw tooMany("If source_id is provided only 1 voucher can be published per request");
        }
        CustomerResponse customer = customers.resolve(projectId, command.customer());
        VoucherResponse voucher = byVoucher ? vouchers.get(projectId, command.voucher()) : null;
        CampaignResponse campaign = byVoucher
                ? (voucher.campaignId() == null ? null : campaigns.getBase(projectId, voucher.campaignId()))
                : campaigns.getBase(projectId, command.campaign());
        if (hasText(command.sourceId())) {
            lock("publication-source", projectId, command.sourceId());
            if (repository.existsByProjectIdAndSourceIdAndResult(projectId, command.sourceId(), Publication.SUCCESS)) {
                throw ApiException.badRequest("duplicate_source_id", "Duplicate source_id",
                        "Publication with source_id: '" + command.sourceId() + "' already exists");
            }
        }

        Instant now = now();
        Publication publication = new Publication(ResourceIds.publication(), projectId, customer.id(),
                customer.sourceId(), blankToNull(command.sourceId()),
                hasText(command.channel()) ? command.channel() : "API", command.metadata(), now);
        if (campaign != null) {
            publication.campaign(campaign.id(), campaign.name());
        }
        boolean shared = campaign != null && campaign.type() == CodeGeneration.STANDALONE;
        String requestedCode = byVoucher ? voucher.code() : null;

        // One code per customer: by the campaign's join_once, or the request's join_once flag.
        boolean oncePerCustomer = !shared && (command.joinOnce() || campaign != null && campaign.joinOnce());
        if (oncePerCustomer && (campaign != null || voucher != null)) {
            String scope = campaign != null ? campaign.id() : voucher.id();
            lock("publication-join", scope, customer.id());
            List<Publication> joined = campaign != null
                    ? repository.findJoined(customer.id(), campaign.id(), Limit.of(1))
                    : repository.findHolding(customer.id(), voucher.id(), Limit.of(1));
            if (!joined.isEmpty()) {
                if (command.joinOnce()) {
                    return new Outcome(response(joined.get(0), customer), null);
                }
                // A member asking a loyalty program again gets their card again, in a new publication (as
                // the SDK's recordings show); another join_once campaign refuses a second code.
                boolean loyalty = campaign != null && campaign.campaignType() == CampaignType.LOYALTY_PROGRAM;
                if (!heldBy(voucher, customer) && !(loyalty && !byVoucher)) {
                    return refuse(publication, customer, requestedCode, "voucher_cannot_be_published",
                            "Voucher cannot be published",
                            "Voucher cannot be published. Customer already joined program.");
                }
                List<String> held = byVoucher ? List.of(voucher.id())
                        : joined.get(0).vouchers().stream().map(Publication.PublishedVoucher::voucherId).toList();
                return succeed(publication, customer, campaign, held);
            }
        }

        List<String> published = new ArrayList<>();
        if (byVoucher && heldBy(voucher, customer) && !shared) {
            // published to this customer before: it stays theirs, and its publish count stays as it was
            published.add(voucher.id());
        } else if (byVoucher) {
            if (!voucher.active() || expired(voucher, now)) {
                return refuse(publication, customer, requestedCode, "voucher_cannot_be_published",
                        "Voucher cannot be published", "Voucher cannot be published. Voucher " + voucher.code()
                                + " is " + (voucher.active() ? "expired." : "disabled."));
            }
            if (!counters.publish(voucher.id(), customer.id(), shared)) {
                return refuse(publication, customer, requestedCode, "voucher_already_published",
                        "Voucher already published", "Voucher '" + voucher.id() + "' has already been published");
            }
            published.add(voucher.id());
        } else {
            Optional<List<String>> taken = takeFromCampaign(projectId, campaign, customer.id(), count, shared);
            if (taken.isEmpty()) {
                return refuse(publication, customer, null, "no_voucher_suitable_for_publication",
                        "No voucher suitable for publication",
                        "No voucher suitable for publication found in campaign " + campaign.name());
            }
            published.addAll(taken.get());
        }

        return succeed(publication, customer, campaign, published);
    }

    private Outcome succeed(Publication publication, CustomerResponse customer, CampaignResponse campaign,
                            List<String> published) {
        Map<String, VoucherResponse> byId = vouchers.byIds(publication.projectId(), published);
        List<VoucherResponse> publishedVouchers = published.stream().map(byId::get).filter(Objects::nonNull).toList();
        if (publishedVouchers.isEmpty()) { // the code a member held was deleted since
            return refuse(publication, customer, null, "no_voucher_suitable_for_publication",
                    "No voucher suitable for publication", "No voucher suitable for publication found");
        }
        publication.succeeded(publishedVouchers.stream()
                        .map(v -> new Publication.PublishedVoucher(v.id(), v.code())).toList(),
                publishedVouchers.get(0).type().name(), publishedVouchers.get(0).isReferralCode());
        repository.save(publication);
        count(publication, "publication.succeeded", Counter.PUBLICATIONS_SUCCEEDED);
        for (VoucherResponse v : publishedVouchers) {
            customers.record(publication.projectId(), customer.id(), activity(Activity.PUBLICATION_SUCCEEDED,
                    publication, campaign, Map.of("id", v.id(), "code", v.code(), "type", v.type().name(), "object", "voucher")));
        }
        PublicationResponse response = PublicationResponse.of(publication, customer, publishedVouchers);
        events.publishEvent(new PublicationSucceeded(publication.projectId(), response, customer, campaign,
                publishedVouchers));
        return new Outcome(response, null);
    }

    /** A customer's loyalty card, or the refusal that was stored (and is to be answered with 400). */
    public record Joined(VoucherResponse card, ApiException refusal) {
    }

    /**
     * POST /v1/loyalties/{campaignId}/members: publishes a card of the program (the given {@code voucher}
     * code, or the next free one) to the customer, as one publication. A customer who already holds a
     * card of the program gets that card back.
     */
    @Transactional
    public Joined joinProgram(String projectId, String campaignId, String voucher, CustomerRef customer,
                              Map<String, Object> metadata, String channel) {
        Outcome outcome = create(projectId, new Command(voucher, hasText(voucher) ? null : campaignId, 1, customer,
                null, metadata, channel, true));
        return outcome.refusal() != null ? new Joined(null, outcome.refusal())
                : new Joined(outcome.publication().voucher(), null);
    }

    /** A campaign's publication attempts, newest first; {@code page} is 0-based. */
    public Page<PublicationRow> listOfCampaign(String projectId, String campaignId, int page, int size) {
        Specification<Publication> ofCampaign = (root, q, cb) -> cb.and(
                cb.equal(root.get(Publication_.projectId), projectId),
                cb.equal(root.get(Publication_.campaignId), campaignId));
        return repository.findAll(ofCampaign, PageRequest.of(page, size,
                        Sort.by(Sort.Order.desc(Publication_.CREATED_AT), Sort.Order.desc(Publication_.SEQ))))
                .map(PublicationRow::from);
    }

    /** How many publications one channel made in a campaign, by result. */
    public record ChannelCount(String channel, long succeeded, long failed) {
        public long total() {
            return succeeded + failed;
        }
    }

    /** A campaign's publication attempts by channel (as the list shows it), busiest channel first. */
    public List<ChannelCount> channelsOfCampaign(String projectId, String campaignId) {
        Map<String, long[]> byChannel = new java.util.TreeMap<>();
        for (Object[] row : repository.countByChannel(projectId, campaignId)) {
            long[] counts = byChannel.computeIfAbsent(Objects.toString(row[0], ""), c -> new long[2]);
            counts["SUCCESS".equals(row[1]) ? 0 : 1] += ((Number) row[2]).longValue();
        }
        return byChannel.entrySet().stream().map(e -> new ChannelCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparingLong(ChannelCount::total).reversed()).toList();
    }

    ListEnvelope<PublicationListItem> list(String projectId, PublicationListQuery query) {
        Page<Publication> page = repository.findAll(query.filter().and((root, q, cb) ->
                cb.equal(root.get(Publication_.projectId), projectId)), query.pageable());
        Map<String, CustomerResponse> customerById = customers.byIds(projectId,
                page.stream().map(Publication::customerId).collect(Collectors.toSet()));
        Set<String> voucherIds = page.stream().filter(p -> p.vouchers().size() == 1)
                .map(p -> p.vouchers().get(0).voucherId()).collect(Collectors.toSet());
        Map<String, VoucherResponse> voucherById = vouchers.byIds(projectId, voucherIds);
        List<PublicationListItem> items = page.stream()
                .map(p -> PublicationListItem.of(p, customerById.get(p.customerId()),
                        p.vouchers().stream().map(v -> voucherById.get(v.voucherId())).filter(Objects::nonNull)
                                .toList()))
                .toList();
        return ListEnvelope.of("publications", items, page.getTotalElements());
    }

    /**
     * Takes {@code count} codes of the campaign for the customer: free ones first (locked, so a
     * concurrent publication cannot take them too), then, in an AUTO_UPDATE campaign, new ones.
     * Empty when the campaign cannot supply them all; nothing is published then.
     */
    private Optional<List<String>> takeFromCampaign(String projectId, CampaignResponse campaign, String customerId,
                                                    int count, boolean shared) {
        if (campaign.campaignType() == CampaignType.PROMOTION) {
            return Optional.empty();
        }
        if (shared) {
            if (count > 1) {
                return Optional.empty(); // one shared code cannot be given out twice in one publication
            }
            Optional<String> code = vouchers.firstOfCampaign(campaign.id());
            code.ifPresent(id -> counters.publish(id, customerId, true));
            return code.map(List::of);
        }
        List<String> ids = new ArrayList<>(counters.lockPublishable(campaign.id(), count));
        if (ids.size() < count) {
            if (campaign.type() != CodeGeneration.AUTO_UPDATE) {
                return Optional.empty();
            }
            campaigns.generateVouchers(projectId, campaign.id(), count - ids.size())
                    .forEach(v -> ids.add(v.id()));
        }
        for (String id : ids) {
            if (!counters.publish(id, customerId, false)) {
                throw new IllegalStateException("voucher " + id + " was locked for this publication");
            }
        }
        return Optional.of(ids);
    }

    private Outcome refuse(Publication publication, CustomerResponse customer, String requestedCode, String key,
                           String message, String details) {
        publication.failed(key, details, requestedCode);
        repository.save(publication);
        count(publication, "publication.failed", Counter.PUBLICATIONS_FAILED);
        customers.record(publication.projectId(), customer.id(), activity(Activity.PUBLICATION_FAILED, publication,
                null, requestedCode == null ? null : Map.of("code", requestedCode, "object", "voucher")));
        return new Outcome(null, new ApiException(HttpStatus.BAD_REQUEST, key, message, details, null, null));
    }

    // The customer's activity: the publication and the code it concerns
    private static Activity activity(String type, Publication publication, CampaignResponse campaign,
                                     Map<String, Object> voucher) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer", Map.of("id", publication.customerId(), "object", "customer"));
        data.put("publication", Map.of("id", publication.id(), "object", "publication"));
        if (voucher != null) {
            data.put("voucher", voucher);
        }
        return Activity.of(type, publication.campaignId(), campaign == null || campaign.campaignType() == null ? null
                : campaign.campaignType().name(), data);
    }

    // A publication of a voucher without a campaign belongs to no campaign summary.
    private void count(Publication publication, String type, Counter result) {
        if (publication.campaignId() == null) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("publication_id", publication.id());
        details.put("customer_id", publication.customerId());
        if (publication.voucherCode() != null) {
            details.put("code", publication.voucherCode());
        }
        if (publication.failureCode() != null) {
            details.put("failure_code", publication.failureCode());
        }
        analytics.record(CampaignEvent.of(publication.projectId(), publication.campaignId(), type,
                        publication.createdAt())
                .count(Counter.PUBLICATIONS)
                .count(result)
                .details(details)
                .build());
    }

    private PublicationResponse response(Publication publication, CustomerResponse customer) {
        Map<String, VoucherResponse> byId = vouchers.byIds(publication.projectId(),
                publication.vouchers().stream().map(Publication.PublishedVoucher::voucherId).toList());
        return PublicationResponse.of(publication, customer, publication.vouchers().stream()
                .map(v -> byId.get(v.voucherId())).filter(Objects::nonNull).toList());
    }

    /** Serializes publications on the same key until this transaction ends. */
    private void lock(String... key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(String.join("\u001f", key))
                .query((rs, row) -> 1)
                .list();
    }

    private static boolean heldBy(VoucherResponse voucher, CustomerResponse customer) {
        return voucher != null && customer.id().equals(voucher.holderId());
    }

    private static boolean expired(VoucherResponse voucher, Instant now) {
        return voucher.expirationDate() != null && !voucher.expirationDate().isAfter(now);
    }

    static ApiException tooMany(String details) {
        return ApiException.badRequest("too_many_vouchers_requested", "Too many vouchers requested", details);
    }

    private static String blankToNull(String value) {
        return hasText(value) ? value : null;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
