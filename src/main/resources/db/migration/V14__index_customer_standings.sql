-- A customer's loyalty and referrals figures are read with the customer: the cards it holds, the
-- redemptions of referral codes it made or whose code it held, the orders it placed.
create index voucher_holder_idx on voucher (project_id, holder_id) where holder_id is not null and deleted_at is null;
create index redemption_referral_idx on redemption (project_id, created_at)
    where object = 'redemption' and result = 'SUCCESS' and (voucher ->> 'is_referral_code') = 'true';
create index orders_customer_idx on orders (project_id, customer_id, created_at desc) where customer_id is not null;
