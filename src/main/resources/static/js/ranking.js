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
        // a long unit name is wrapped onto more lines, never cut: the axis gets at most 45 % of the
        // chart's width (at least 120 px), and each line fits in it
        var font = '12px ' + Chart.defaults.font.family;
        var measure = document.createElement('canvas').getContext('2d');
        measure.font = font;
        var room = Math.max(120, Math.floor(canvas.parentElement.clientWidth * 0.45));
        function wrap(text) {
            var lines = [];
            var line = '';
            text.split(/\s+/).forEach(function (word) {
                var candidate = line ? line + ' ' + word : word;
                if (line && measure.measureText(candidate).width > room) {
                    lines.push(line);
                    line = word;
                } else {
                    line = candidate;
                }
            });
            if (line) {
                lines.push(line);
            }
            return lines;
        }
        var labels = rows.map(function (row) {
            var lines = wrap(row.dataset.label);
            return lines.length === 1 ? lines[0] : lines;
        });
        var lineCount = labels.reduce(function (sum, label) {
            return sum + (Array.isArray(label) ? label.length : 1);
        }, 0);
        var values = rows.map(function (row) {
            return Number(row.dataset.value || 0);
        });
        var best = Math.max.apply(null, values);
        // one bar a row, so that long clusters stay readable on a phone
        canvas.parentElement.style.height = (rows.length * 14 + lineCount * 16 + 48) + 'px';
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
                    y: {
                        ticks: { autoSkip: false, font: { size: 12 } },
                        // the axis is as wide as its longest line, so that no label is cut at the edge
                        afterFit: function (scale) {
                            var widest = 0;
                            labels.forEach(function (label) {
                                (Array.isArray(label) ? label : [label]).forEach(function (line) {
                                    widest = Math.max(widest, measure.measureText(line).width);
                                });
                            });
                            scale.width = Math.max(scale.width, Math.ceil(widest) + 16);
                        }
                    }
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
