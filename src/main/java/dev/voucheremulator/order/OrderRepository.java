package dev.voucheremulator.order;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrderRepository extends JpaRepository<Order, String>, JpaSpecificationExecutor<Order> {

    Optional<Order> findByProjectIdAndId(String projectId, String id);

    Optional<Order> findByProjectIdAndSourceId(String projectId, String sourceId);
}
