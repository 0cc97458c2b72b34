package dev.voucheremulator.asyncaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@RepositoryTest
class AsyncActionRepositoryTest {

    @Autowired
    AsyncActionRepository repository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ReferencedRows rows;

    @Test
    void storesTheResultAsJsonbAndReadsItBackUnchanged() {
        String projectId = rows.project();
        Instant at = Instant.parse("2024-05-01T10:00:00.123Z");
        Map<String, Object> result = Map.of("done_count", 3, "failed_count", 0, "errors", List.of(),
                "failed", List.of(Map.of("code", "CODE9", "reason", "unit: must be a number")));
        repository.save(new AsyncAction("aa_0000000000000001", projectId, "VOUCHERS.IMPORT", false, result, at,
                "v-000000000000000001"));
        entityManager.flush();
        entityManager.clear();

        AsyncAction read = repository.findByProjectIdAndId(projectId, "aa_0000000000000001").orElseThrow();
        assertThat(read.result()).isEqualTo(result);
        assertThat(read.status()).isEqualTo("FAILED");
        assertThat(read.operationStatus()).isEqualTo("FAILED");
        assertThat(read.requestId()).isEqualTo("v-000000000000000001");
        assertThat(read.createdAt()).isEqualTo(at);
    }

    @Test
    void listsNewestFirstAndTheSameInstantInInsertionOrderReversed() {
        String projectId = rows.project();
        Instant at = Instant.parse("2024-05-01T10:00:00Z");
        for (String id : List.of("aa_01", "aa_02", "aa_03")) {
            repository.save(new AsyncAction(id, projectId, "CAMPAIGN.VOUCHERS_GENERATE", true, Map.of(), at, null));
            entityManager.flush();
        }
        entityManager.clear();

        assertThat(repository.findByProjectIdOrderByCreatedAtDescSeqDesc(projectId, PageRequest.of(0, 10)))
                .extracting(AsyncAction::id).containsExactly("aa_03", "aa_02", "aa_01");
        assertThat(repository.findByProjectIdAndCreatedAtBeforeOrderByCreatedAtDescSeqDesc(projectId, at,
                PageRequest.of(0, 10))).isEmpty();
    }
}
