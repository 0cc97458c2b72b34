-- Rows up to a page stay inline and uncompressed. A journaled response body, a redemption's snapshots
-- or an order's items pass the default 2 kB mark, and compressing them (pglz) cost a redemption more
-- database time than any of its statements. Past a page, TOAST compresses and moves values as before.
alter table journal_entry set (toast_tuple_target = 8160);
alter table redemption set (toast_tuple_target = 8160);
alter table orders set (toast_tuple_target = 8160);
