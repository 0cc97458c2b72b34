package dev.voucheremulator.emulator.journal;

record JournalCountResponse(long count) {
}
