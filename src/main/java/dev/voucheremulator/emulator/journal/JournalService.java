package dev.voucheremulator.emulator.journal;

import dev.voucheremulator.api.error.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads and clears a project's request journal. Every read writes the calls still waiting in the
 * queue first, so a test sees the calls it made before it asked.
 */
@Service
public class JournalService {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final JournalWriter writer;
    private final JournalRepository repository;

    JournalService(JournalWriter writer, JournalRepository repository) {
        this.writer = writer;
        this.repository = repository;
    }

    /** {@code limit} was checked by the caller: a query parameter and a body field fail differently. */
    JournalListResponse find(String projectId, JournalCriteria criteria, Integer limit) {
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        writer.flush();
        List<JournalEntryResponse> requests = repository.find(projectId, criteria, rows);
        long total = requests.size() < rows ? requests.size() : repository.count(projectId, criteria);
        return new JournalListResponse("list", "requests", requests, total);
    }

    static boolean validLimit(Integer limit) {
        return limit == null || (limit >= 1 && limit <= MAX_LIMIT);
    }

    JournalCountResponse count(String projectId, JournalCriteria criteria) {
        writer.flush();
        return new JournalCountResponse(repository.count(projectId, criteria));
    }

    JournalEntryResponse get(String projectId, String requestId) {
        writer.flush();
        return repository.get(projectId, requestId)
                .orElseThrow(() -> ApiException.notFound("request", requestId));
    }

    /** Forgets every journaled call of a project (also what a project reset should call). */
    public void clear(String projectId) {
        writer.flush();
        repository.clear(projectId);
    }

    /** Forgets every journaled call (a reset of everything). */
    public void clearAll() {
        writer.flush();
        repository.clearAll();
    }
}
