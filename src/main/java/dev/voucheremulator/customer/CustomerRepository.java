package dev.voucheremulator.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, String>, JpaSpecificationExecutor<Customer> {

    Optional<Customer> findByProjectIdAndId(String projectId, String id);

    Optional<Customer> findByProjectIdAndIdAndDeletedAtIsNull(String projectId, String id);

    Optional<Customer> findFirstByProjectIdAndEmailAndDeletedAtIsNullOrderByCreatedAtAsc(String projectId,
                                                                                         String email);

    List<Customer> findByProjectIdAndSourceIdIn(String projectId, Collection<String> sourceIds);

    List<Customer> findByProjectIdAndIdIn(String projectId, Collection<String> ids);

    Optional<Customer> findByProjectIdAndSourceId(String projectId, String sourceId);

    // insertOrFind, and in the same statement one activity event of the customer found or created
    // (its data gains the customer's reference). Empty, with nothing written, in insertOrFind's race.
    @Query(value = """
            with inserted as (
                insert into customer (id, project_id, source_id, name, email, phone, metadata, created_at)
                values (:id, :projectId, :sourceId, :name, :email, :phone, cast(:metadata as jsonb), :at)
                on conflict (project_id, source_id) where source_id is not null do nothing
                returning *),
            found as (
                select * from inserted
                union all
                select * from customer
                where project_id = :projectId and source_id = :sourceId and not exists (select 1 from inserted)),
            activity as (
                insert into customer_activity (id, project_id, customer_id, type, campaign_id, campaign_type, data,
                                               order_amount, gift_amount, points, created_at)
                select cast(:activityId as text), found.project_id, found.id, cast(:type as text),
                       cast(:campaignId as text), cast(:campaignType as text),
                       jsonb_set(cast(:data as jsonb), '{customer}',
                                 jsonb_build_object('id', found.id, 'object', 'customer')),
                       cast(:orderAmount as bigint), cast(:giftAmount as bigint), cast(:points as bigint),
                       cast(:at as timestamptz)
                from found)
            select * from found""",
            nativeQuery = true)
    Optional<Customer> insertOrFindRecording(@Param("id") String id, @Param("projectId") String projectId,
                                             @Param("sourceId") String sourceId, @Param("name") String name,
                                             @Param("email") String email, @Param("phone") String phone,
                                             @Param("metadata") String metadata, @Param("at") Instant at,
                                             @Param("activityId") String activityId, @Param("type") String type,
                                             @Param("campaignId") String campaignId,
                                             @Param("campaignType") String campaignType,
                                             @Param("data") String data, @Param("orderAmount") Long orderAmount,
                                             @Param("giftAmount") Long giftAmount, @Param("points") Long points);

    // Inserts the customer unless the source_id is taken, and answers the row either way, in one
    // statement. Empty only when a concurrent request inserted the same source_id after this
    // statement's snapshot: that row is committed by then, and a second read sees it.
    @Query(value = """
            with inserted as (
                insert into customer (id, project_id, source_id, name, email, phone, metadata, created_at)
                values (:id, :projectId, :sourceId, :name, :email, :phone, cast(:metadata as jsonb), :at)
                on conflict (project_id, source_id) where source_id is not null do nothing
                returning *)
            select * from inserted
            union all
            select * from customer
            where project_id = :projectId and source_id = :sourceId and not exists (select 1 from inserted)""",
            nativeQuery = true)
    Optional<Customer> insertOrFind(@Param("id") String id, @Param("projectId") String projectId,
                                    @Param("sourceId") String sourceId, @Param("name") String name,
                                    @Param("email") String email, @Param("phone") String phone,
                                    @Param("metadata") String metadata, @Param("at") Instant at);
}
