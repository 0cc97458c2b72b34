package dev.voucheremulator.api.recording;

/**
 * The request attribute that marks an exchange the client never saw an answer to (a connection the
 * emulator closed on purpose): the exchange recorder leaves it out, as there is no response to check.
 */
public final class Unanswered {

    public static final String ATTRIBUTE = Unanswered.class.getName();

    private Unanswered() {
    }
}
