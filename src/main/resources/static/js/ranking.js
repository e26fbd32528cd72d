// Rankings: a horizontal bar chart of the scores in the page's table (rows with data-label and
// data-value), so that the chart and the table always show the same figures. Without script,
// or without Chart.js, the table alone shows everything.
(function () {
    'use strict';

    function draw(canvas) {
        var table = document.querySelector(canvas.dataset.source);
        if (!table || typeof Chart === 'undefined') {
            return;
        }
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
        if (rows.length === 0) {
            canvas.closest('.card').classList.add('d-none');
            return;
        }
        var language = document.documentElement.lang || 'vi';
        var numbers = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB',
            { minimumFractionDigits: 0, maximumFractionDigits: 2 });
        var labels = rows.map(function (row) {
            var label = row.dataset.label;
            return label.length > 34 ? label.substring(0, 33) + '…' : label;
        });
        var values = rows.map(function (row) {
            return Number(row.dataset.value || 0);
        });
        var best = Math.max.apply(null, values);
        // one bar a row, so that long clusters stay readable on a phone
        canvas.parentElement.style.height = (rows.length * 28 + 48) + 'px';
        canvas.parentElement.style.position = 'relative';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: labels,
                datasets: [{
                    label: canvas.dataset.series,
                    data: values,
                    backgroundColor: values.map(function (v) {
                        return v === best && best > 0 ? '#198754' : '#0d6efd';
                    })
                }]
            },
            options: {
                indexAxis: 'y',
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: { display: false },
                    tooltip: {
                        callbacks: {
                            title: function (items) {
                                return rows[items[0].dataIndex].dataset.label;
                            },
                            label: function (item) {
                                return canvas.dataset.series + ': ' + numbers.format(item.parsed.x);
                            }
                        }
                    }
                },
                scales: {
                    x: { beginAtZero: true, ticks: { callback: function (v) { return numbers.format(v); } } },
                    y: { ticks: { autoSkip: false } }
                }
            }
        });
    }

    document.querySelectorAll('canvas#ranking-chart').forEach(draw);
}());

// Choosing another campaign reloads the page at once with that campaign's months (and clusters):
// the month and cluster chosen for the previous campaign are not sent, so that the page opens on
// the new campaign's default month (the last one whose deadline has passed) and first cluster.
(function () {
    'use strict';

    var campaign = document.querySelector('#ranking-filter select[name="campaign"]');
    if (!campaign) {
        return;
    }
    campaign.addEventListener('change', function () {
        var form = campaign.form;
        form.querySelectorAll('select[name="month"], select[name="cluster"]').forEach(function (select) {
            select.disabled = true;
        });
        form.setAttribute('aria-busy', 'true');
        form.submit();
    });
}());
