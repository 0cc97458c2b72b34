package dev.voucheremulator.spec;

public enum VoucherType { DISCOUNT_VOUCHER, GIFT_VOUCHER, LOYALTY_CARD }
