// The year-end summary's charts: bars of the figures in the page's tables (rows marked with
// data-summary-chart or data-summary-kind, their values in data-values, the year summarised
// first), one group per year, oldest on the left, so that the chart and the tables show the
// same figures. Without script, or without Chart.js, the tables alone show everything.
(function () {
    'use strict';

    var COLOURS = ['#0d6efd', '#198754', '#fd7e14', '#6f42c1', '#d63384', '#20c997'];

    function draw(canvas) {
        if (typeof Chart === 'undefined') {
            return;
        }
        var marker = 'data-' + canvas.dataset.rows;
        var rows = [];
        var years = null;
        canvas.dataset.source.split(',').forEach(function (selector) {
            var table = document.querySelector(selector);
            if (!table) {
                return;
            }
            if (years === null) {
                years = Array.prototype.map.call(table.querySelectorAll('thead th[data-year]'),
                    function (th) { return th.dataset.year; }).reverse();
            }
            Array.prototype.push.apply(rows, table.querySelectorAll('tbody tr[' + marker + ']'));
        });
        var card = canvas.closest('.card');
        if (rows.length === 0 || years === null) {
            card.classList.add('d-none');
            return;
        }
        var language = document.documentElement.lang || 'vi';
        var numbers = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 0 });
        canvas.parentElement.style.position = 'relative';
        canvas.parentElement.style.height = '280px';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: years,
                datasets: rows.map(function (row, i) {
                    return {
                        label: row.dataset.label,
                        data: row.dataset.values.split(',').map(Number).reverse(),
                        backgroundColor: COLOURS[i % COLOURS.length]
                    };
                })
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
                    y: { beginAtZero: true, ticks: { precision: 0, callback: function (v) { return numbers.format(v); } } }
                }
            }
        });
    }

    document.querySelectorAll('canvas[data-rows]').forEach(draw);
})();
