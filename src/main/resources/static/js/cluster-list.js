// Cluster list: the year selector shows the chosen year at once, and the copy dialog opens
// again when the server refused a copy (the page then carries the error messages).
(function () {
    'use strict';

    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
        select.addEventListener('change', function () {
            select.form.submit();
        });
    });

    var modal = document.getElementById('copy-modal');
    if (modal && modal.dataset.open === 'true' && window.bootstrap) {
        // the page comes back with the dialog: show it at once, without the fade-in
        modal.classList.remove('fade');
        window.bootstrap.Modal.getOrCreateInstance(modal).show();
    }
})();
