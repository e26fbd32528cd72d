// A unit's score trend: a line chart of the month scores and the year-to-date scores in the
// page's table (rows with data-label, data-month-score and data-ytd), so that the chart and
// the table show the same figures. A month without an approved report has no month score: a
// gap in that line. Without script, or without Chart.js, the table alone shows everything.
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
        function value(text) {
            return text === undefined || text === '' ? null : Number(text);
        }
        canvas.parentElement.style.position = 'relative';
        canvas.parentElement.style.height = '320px';
        new Chart(canvas, {
            type: 'line',
            data: {
                labels: rows.map(function (row) { return row.dataset.label; }),
                datasets: [{
                    label: canvas.dataset.monthSeries,
                    data: rows.map(function (row) { return value(row.dataset.monthScore); }),
                    borderColor: '#0d6efd',
                    backgroundColor: '#0d6efd',
                    spanGaps: false,
                    tension: 0
                }, {
                    label: canvas.dataset.ytdSeries,
                    data: rows.map(function (row) { return value(row.dataset.ytd); }),
                    borderColor: '#198754',
                    backgroundColor: '#198754',
                    borderDash: [6, 4],
                    tension: 0
                }]
            },
            options: {
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: { position: 'bottom' },
                    tooltip: {
                        callbacks: {
                            label: function (item) {
                                return item.dataset.label + ': ' + numbers.format(item.parsed.y);
                            }
                        }
                    }
                },
                scales: {
                    y: { beginAtZero: true, ticks: { callback: function (v) { return numbers.format(v); } } }
                }
            }
        });
    }

    document.querySelectorAll('canvas#trend-chart').forEach(draw);
}());
