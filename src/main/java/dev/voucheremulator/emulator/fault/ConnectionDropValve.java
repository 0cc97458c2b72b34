package dev.voucheremulator.emulator.fault;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Closes the connection without a byte of response for a call a fault rule marked with
 * {@code "fault": "EMPTY_RESPONSE"}. The servlet API cannot do this; Tomcat can, below the servlet:
 * the response is suspended (nothing more is written) and the connection closed at once.
 */
class ConnectionDropValve extends ValveBase {

    static final String DROP = ConnectionDropValve.class.getName();

    ConnectionDropValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (request.getAttribute(DROP) != null && !response.isCommitted()) {
            response.setSuspended(true);
            response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
        }
    }
}
