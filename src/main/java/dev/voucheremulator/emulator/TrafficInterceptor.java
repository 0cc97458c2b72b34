package dev.voucheremulator.emulator;

import org.springframework.web.servlet.HandlerInterceptor;

/** An interceptor for Voucherify's API paths; {@code @Order} sets which runs first. */
public interface TrafficInterceptor extends HandlerInterceptor {
}
