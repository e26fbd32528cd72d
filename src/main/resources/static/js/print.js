// Print view of a document: the "Print" button opens the browser's print dialog
// (the page's CSS hides the toolbar on paper).
(function () {
    'use strict';

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    });
})();
