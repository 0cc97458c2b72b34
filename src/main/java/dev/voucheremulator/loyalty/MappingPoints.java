package dev.voucheremulator.loyalty;

import java.math.BigDecimal;

/**
 * The spec's {@code MappingPoints}: how a tier changes what an earning rule gives or a reward costs,
 * a multiplier ({@code MULTIPLY}) or a number of points of its own ({@code CUSTOM}).
 */
record MappingPoints(Type type, BigDecimal multiplier, Long points) {

    enum Type { MULTIPLY, CUSTOM }
}
