package dev.voucheremulator.campaign;

/** {@code creation_status} / {@code vouchers_generation_status}. The emulator works synchronously, so DONE. */
public enum CampaignStatus { DONE, IN_PROGRESS, FAILED, DRAFT, MODIFYING }
