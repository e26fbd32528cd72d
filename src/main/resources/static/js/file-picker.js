// Upload forms: show the chosen file's name next to our own button, and refuse a file over
// the form's size limit (data-max-bytes) before sending it. The server checks again.
(function () {
    document.querySelectorAll('form[data-max-bytes]').forEach(function (form) {
        var input = form.querySelector('input[type=file]');
        if (!input) {
            return;
        }
        var limit = parseInt(form.dataset.maxBytes, 10);
        var fileName = form.querySelector('#file-name');
        var serverError = form.querySelector('#file-error');
        form.addEventListener('submit', function (event) {
            var file = input.files && input.files[0];
            if (file && limit && file.size > limit) {
                event.preventDefault();
                input.classList.add('is-invalid');
                if (serverError) {
                    serverError.classList.add('d-none');
                }
            }
        });
        input.addEventListener('change', function () {
            input.classList.remove('is-invalid', 'file-refused');
            if (serverError) {
                serverError.classList.add('d-none');
            }
            var file = input.files && input.files[0];
            if (file && fileName) {
                fileName.textContent = file.name;
                fileName.classList.remove('text-muted');
            }
        });
    });
})();
