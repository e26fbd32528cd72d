// Cluster form: filters the member units by name or code ignoring Vietnamese diacritics,
// counts the chosen members, and offers as head and deputy only the chosen members.
(function () {
    'use strict';

    var form = document.getElementById('cluster-form');
    if (!form) {
        return;
    }

    // "Công an xã Yên Lạc" -> "cong an xa yen lac", as the server's search does
    function fold(text) {
        return (text || '')
            .replace(/đ/g, 'd').replace(/Đ/g, 'D')
            .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .toLowerCase().replace(/\s+/g, ' ').trim();
    }

    var members = Array.prototype.slice.call(form.querySelectorAll('.cluster-member'));
    var groups = Array.prototype.slice.call(form.querySelectorAll('.cluster-member-group'));
    var checks = Array.prototype.slice.call(form.querySelectorAll('.member-check'));
    var leadSelects = Array.prototype.slice.call(form.querySelectorAll('.cluster-lead-select'));
    var filter = document.getElementById('member-filter');
    var noMatch = document.getElementById('member-no-match');
    var count = document.getElementById('member-count');

    members.forEach(function (member) {
        member.dataset.folded = fold(member.dataset.filter);
    });

    function applyFilter() {
        var words = fold(filter.value).split(' ').filter(Boolean);
        var shown = 0;
        members.forEach(function (member) {
            var match = words.every(function (word) {
                return member.dataset.folded.indexOf(word) >= 0;
            });
            member.classList.toggle('d-none', !match);
            if (match) {
                shown++;
            }
        });
        groups.forEach(function (group) {
            group.classList.toggle('d-none', !group.querySelector('.cluster-member:not(.d-none)'));
        });
        if (noMatch) {
            noMatch.classList.toggle('d-none', shown > 0 || members.length === 0);
        }
    }

    function syncLeadership() {
        var chosen = {};
        var total = 0;
        checks.forEach(function (check) {
            if (check.checked) {
                chosen[check.value] = true;
                total++;
            }
        });
        if (count) {
            count.textContent = total;
        }
        leadSelects.forEach(function (select) {
            Array.prototype.forEach.call(select.options, function (option) {
                if (option.value === '') {
                    return;
                }
                var member = chosen[option.value] === true;
                option.hidden = !member;
                option.disabled = !member;
            });
            Array.prototype.forEach.call(select.querySelectorAll('optgroup'), function (optgroup) {
                optgroup.hidden = !optgroup.querySelector('option:not([hidden])');
            });
            if (select.value !== '' && chosen[select.value] !== true) {
                select.value = '';
            }
        });
    }

    if (filter) {
        filter.addEventListener('input', applyFilter);
        // Enter in the filter box must not submit the form
        filter.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
            }
        });
    }
    checks.forEach(function (check) {
        check.addEventListener('change', syncLeadership);
    });
    syncLeadership();

    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
        select.addEventListener('change', function () {
            select.form.submit();
        });
    });
})();
