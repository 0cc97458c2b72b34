// Draws the campaign's charts from the per-day series the server rendered into #charts[data-series]
// (the same JSON as /dashboard/api/campaigns/{id}/series).
(function () {
    var holder = document.getElementById('charts');
    if (!holder || typeof Chart === 'undefined') {
        return;
    }
    var data = JSON.parse(holder.dataset.series);
    function line(label, key, color) {
        return {label: label, data: data.series[key], borderColor: color, backgroundColor: color, tension: 0.2};
    }
    function draw(id, type, datasets) {
        new Chart(document.getElementById(id), {
            type: type,
            data: {labels: data.dates, datasets: datasets},
            options: {animation: false, responsive: true, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
        });
    }
    draw('activity-chart', 'line', [
        line('Validations', 'validations', '#2563eb'),
        line('Redemptions', 'redemptions', '#16a34a'),
        line('Rollbacks', 'rollbacks', '#dc2626'),
        line('Publications', 'publications', '#9333ea')
    ]);
    draw('vouchers-chart', 'bar', [
        line('Vouchers created', 'vouchers_created', '#0891b2'),
        line('Vouchers deleted', 'vouchers_deleted', '#ea580c')
    ]);
    if (document.getElementById('referred-chart')) {
        draw('referred-chart', 'bar', [line('Referred customers', 'referred_customers', '#db2777')]);
    }
    if (document.getElementById('analytics-redemptions-chart')) {
        draw('analytics-redemptions-chart', 'bar', [
            line('Succeeded', 'redemptions_succeeded', '#16a34a'),
            line('Failed', 'redemptions_failed', '#dc2626')
        ]);
        draw('analytics-amounts-chart', 'line', [
            line('Orders amount (cents)', 'orders_amount', '#2563eb'),
            line('Discounted (cents)', 'discounted_amount', '#ea580c')
        ]);
    }
    holder.dataset.rendered = 'true';
})();
