// Unit pages: expand or collapse the whole tree, submit the search when a filter changes,
// and refuse an import file over the size limit before uploading it.
(function () {
    document.querySelectorAll('[data-tree-toggle]').forEach(function (button) {
        button.addEventListener('click', function () {
            var open = button.dataset.treeToggle === 'open';
            document.querySelectorAll('#unit-tree details').forEach(function (details) {
                details.open = open;
            });
        });
    });

    document.querySelectorAll('[data-autosubmit]').forEach(function (field) {
        field.addEventListener('change', function () {
            if (field.form) {
                field.form.requestSubmit();
            }
        });
    });

    var importForm = document.getElementById('unit-import-form');
    if (importForm) {
        var input = importForm.querySelector('input[type=file]');
        var limit = parseInt(importForm.dataset.maxBytes, 10);
        importForm.addEventListener('submit', function (event) {
            var file = input.files && input.files[0];
            if (file && limit && file.size > limit) {
                event.preventDefault();
                input.classList.add('is-invalid');
            }
        });
        var fileName = document.getElementById('file-name');
        input.addEventListener('change', function () {
            input.classList.remove('is-invalid');
            var file = input.files && input.files[0];
            if (file && fileName) {
                fileName.textContent = file.name;
                fileName.classList.remove('text-muted');
            }
        });
    }
})();
