package dev.voucheremulator.campaign;

/** A campaign's {@code type}: how its codes come into being. */
public enum CodeGeneration {
    /** codes are generated on demand (publication, joining) on top of {@code vouchers_count}. */
    AUTO_UPDATE,
    /** a fixed pool of {@code vouchers_count} codes. */
    STATIC,
    /** one generic code shared by everyone. */
    STANDALONE
}
