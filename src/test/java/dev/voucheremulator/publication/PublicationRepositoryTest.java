package dev.voucheremulator.publication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@RepositoryTest
class PublicationRepositoryTest {

    @Autowired
    PublicationRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ReferencedRows rows;

    @Test
    void storesASuccessfulPublicationWithItsMetadataAndVouchersAndReadsItBackUnchanged() {
        String projectId = rows.project();
        String campaignId = rows.campaign(projectId, "Welcome");
        String customerId = rows.customer(projectId);
        String first = rows.voucher(projectId, campaignId, "WELCOME-1");
        String second = rows.voucher(projectId, campaignId, "WELCOME-2");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("source", "newsletter");
        metadata.put("count", 2);
        metadata.put("big", 9_007_199_254_740_993L);
        metadata.put("share", 0.1);
        metadata.put("confirmed", false);
        metadata.put("empty_list", List.of());
        metadata.put("empty_map", Map.of());
        metadata.put("nested", Map.of("list", List.of(Map.of("k", "v"), 3), "inner", Map.of("x", 1.0)));
        Map<String, Object> stored = new LinkedHashMap<>(metadata);
        metadata.put("withdrawn", null); // the wire format leaves null values out, so does the column
        Instant at = Instant.parse("2025-05-06T07:08:09.010Z");
        Publication publication = new Publication("pub_success", projectId, customerId, "track-1", "src-1", "API",
                metadata, at);
        publication.campaign(campaignId, "Welcome");
        publication.succeeded(List.of(new Publication.PublishedVoucher(first, "WELCOME-1"),
                new Publication.PublishedVoucher(second, "WELCOME-2")), "DISCOUNT_VOUCHER", true);

        repository.saveAndFlush(publication);
        entityManager.clear();

        Publication read = repository.findById("pub_success").orElseThrow();
        assertThat(read).isNotSameAs(publication);
        assertThat(read.metadata()).isEqualTo(stored);
        assertThat(json.readTree(jdbc.sql("select metadata::text from publication where id = 'pub_success'")
                .query(String.class).single())).isEqualTo(json.valueToTree(metadata));
        assertThat(read.metadata().get("count")).isInstanceOf(Integer.class);
        assertThat(read.metadata().get("big")).isEqualTo(9_007_199_254_740_993L); // not rounded through a double
        assertThat(read.metadata().get("share")).isInstanceOf(Double.class).isNotInstanceOf(BigDecimal.class);
        assertThat(((Map<?, ?>) read.metadata().get("nested")).get("inner")).isEqualTo(Map.of("x", 1.0));
        assertThat(read.vouchers()).containsExactly(new Publication.PublishedVoucher(first, "WELCOME-1"),
                new Publication.PublishedVoucher(second, "WELCOME-2"));

        assertThat(read.id()).isEqualTo("pub_success");
        assertThat(read.projectId()).isEqualTo(projectId);
        assertThat(read.campaignId()).isEqualTo(campaignId);
        assertThat(read.campaignName()).isEqualTo("Welcome");
        assertThat(read.customerId()).isEqualTo(customerId);
        assertThat(read.trackingId()).isEqualTo("track-1");
        assertThat(read.sourceId()).isEqualTo("src-1");
        assertThat(read.channel()).isEqualTo("API");
        assertThat(read.result()).isEqualTo(Publication.SUCCESS);
        assertThat(read.failureCode()).isNull();
        assertThat(read.failureMessage()).isNull();
        assertThat(read.voucherCode()).isEqualTo("WELCOME-1");
        assertThat(read.createdAt()).isEqualTo(at);
        // voucher_type and is_referral_code have no getter: the list filters read them
        assertThat(repository.count(Specification.<Publication>where((root, q, cb) -> cb.and(
                cb.equal(root.get("voucherType"), "DISCOUNT_VOUCHER"), cb.isTrue(root.get("isReferralCode")),
                cb.equal(root.get("projectId"), projectId))))).isEqualTo(1);
        assertThat(repository.findHolding(customerId, second, Limit.of(1))).extracting(Publication::id)
                .containsExactly("pub_success");
    }

    @Test
    void storesARefusedPublicationWithEmptyMetadata() {
        String projectId = rows.project();
        String customerId = rows.customer(projectId);
        Publication publication = new Publication("pub_failure", projectId, customerId, null, null, "API", null,
                Instant.parse("2025-05-06T07:08:09Z"));
        publication.failed("voucher_already_published", "Voucher already published", "TAKEN-1");

        repository.saveAndFlush(publication);
        entityManager.clear();

        Publication read = repository.findById("pub_failure").orElseThrow();
        assertThat(read.metadata()).isEmpty();
        assertThat(jdbc.sql("select metadata::text from publication where id = 'pub_failure'").query(String.class)
                .single()).isEqualTo("{}");
        assertThat(read.vouchers()).isEmpty();
        assertThat(read.result()).isEqualTo(Publication.FAILURE);
        assertThat(read.failureCode()).isEqualTo("voucher_already_published");
        assertThat(read.failureMessage()).isEqualTo("Voucher already published");
        assertThat(read.voucherCode()).isEqualTo("TAKEN-1");
        assertThat(read.campaignId()).isNull();
        assertThat(read.sourceId()).isNull();
    }
}
