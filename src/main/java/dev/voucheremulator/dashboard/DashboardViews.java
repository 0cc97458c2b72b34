package dev.voucheremulator.dashboard;

import java.util.List;

/** What the dashboard templates render: values already written for people. */
final class DashboardViews {

    private DashboardViews() {
    }

    /** One campaign of the list. */
    record CampaignRow(String id, String name, String type, String status, boolean active, String startDate,
                       String expirationDate, int vouchersCount, String createdAt) {
    }

    /** A 1-based page of a table, for the pager. */
    record Pager(int page, int totalPages, long total) {

        static Pager of(org.springframework.data.domain.Page<?> page) {
            return new Pager(page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements());
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < totalPages;
        }
    }

    /** A label and its readable value (campaign details, metadata). */
    record Detail(String label, String value) {
    }

    /**
     * A summary figure: {@code key} is the summary's field name (and the {@code data-counter} the
     * page carries), {@code value} the raw number, {@code text} how it is shown (money as 20.00).
     */
    record Figure(String key, String label, long value, String text) {
    }

    /** A titled group of figures (activity, budget, gift credits, loyalty points). */
    record FigureGroup(String title, List<Figure> figures) {
    }

    /** One bar of the campaign calendar; positions are percentages of the window's width. */
    record CalendarBar(String id, String name, String type, String status, String start, String end,
                       boolean openEnded, double left, double width) {
    }

    /** A tick on the calendar's time axis. */
    record CalendarTick(String label, double left) {
    }

    /**
     * A tab's table: headers, one page of rows, the pager. The cells of {@code customerColumn} (-1:
     * none) are customer ids, shown as links to the customer's page; those of {@code campaignColumn}
     * campaign ids, linked to the campaign's page.
     */
    record Table(List<String> headers, List<List<String>> rows, Pager pager, int customerColumn,
                 int campaignColumn) {

        Table(List<String> headers, List<List<String>> rows, Pager pager) {
            this(headers, rows, pager, -1, -1);
        }

        Table withCustomerColumn(int column) {
            return new Table(headers, rows, pager, column, campaignColumn);
        }

        Table withCampaignColumn(int column) {
            return new Table(headers, rows, pager, customerColumn, column);
        }
    }

    /** A customer of the customer list. */
    record CustomerRow(String id, String name, String email, String sourceId, long redemptions, String ordersAmount,
                       long loyaltyPoints, String createdAt) {
    }

    /** A choice of a select: its value and what it shows. */
    record Option(String value, String label) {
    }
}
