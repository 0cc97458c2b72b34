package dev.voucheremulator.pricing;

public enum OrderStatus { CREATED, PAID, CANCELED, FULFILLED }
