// Scoring tables: "try a value" shows only the inputs the chosen indicator takes, and the
// editor adds up the maxima as they are typed. Without script every input shows and the
// sum is the one computed by the server.
(function () {
    'use strict';

    function setUpPreview(root) {
        var select = root.querySelector('#preview-indicator');
        if (!select) {
            return;
        }
        var inputs = Array.prototype.slice.call(root.querySelectorAll('.preview-input'));
        var note = root.querySelector('.preview-inputs-note');
        if (note) {
            note.classList.add('d-none');
        }
        function update() {
            var option = select.options[select.selectedIndex];
            var kind = option ? option.dataset.input : null;
            inputs.forEach(function (input) {
                input.classList.toggle('d-none', input.dataset.input !== kind);
            });
        }
        select.addEventListener('change', update);
        update();
    }

    // "92,5" or "92.5" -> 92.5; an empty or unreadable field counts as nothing
    function parse(text) {
        var value = (text || '').trim().replace(/\s/g, '');
        if (value.indexOf(',') >= 0) {
            value = value.replace(/\./g, '').replace(',', '.');
        }
        var number = Number(value);
        return value === '' || isNaN(number) ? 0 : number;
    }

    function setUpSum(form) {
        var output = document.getElementById('scoring-sum-value');
        if (!output) {
            return;
        }
        var maxima = Array.prototype.slice.call(form.querySelectorAll('.scoring-max-input'));
        function update() {
            var sum = maxima.reduce(function (total, input) {
                return total + parse(input.value);
            }, 0);
            output.textContent = (Math.round(sum * 100) / 100).toString().replace('.', ',');
            var scale = document.getElementById('scale');
            output.classList.toggle('text-danger', Math.abs(sum - parse(scale ? scale.value : '')) > 0.001);
        }
        maxima.forEach(function (input) {
            input.addEventListener('input', update);
        });
        var scale = document.getElementById('scale');
        if (scale) {
            scale.addEventListener('input', update);
        }
    }

    var preview = document.getElementById('scoring-preview');
    if (preview) {
        setUpPreview(preview);
    }
    var form = document.getElementById('scoring-form');
    if (form) {
        setUpSum(form);
    }
}());
