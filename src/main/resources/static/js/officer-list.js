// Officer list: choosing a unit filters at once; the search box still needs Enter or the button.
(function () {
    'use strict';

    document.querySelectorAll('#officer-search select[data-autosubmit]').forEach(function (select) {
        select.addEventListener('change', function () {
            select.form.submit();
        });
    });
})();
