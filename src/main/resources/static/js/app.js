// Sends the CSRF token with every htmx request; no inline scripts are allowed by the CSP.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Buttons with data-confirm ask before submitting their form.
document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// Wide tables scroll sideways inside .table-responsive (at phone width above all): the scrolling box
// takes the keyboard focus, so that it can be scrolled without a mouse.
function focusScrollingTables(root) {
    root.querySelectorAll('.table-responsive:not([tabindex])').forEach(function (box) {
        box.tabIndex = 0;
    });
}
focusScrollingTables(document);
document.addEventListener('htmx:afterSwap', function (event) {
    focusScrollingTables(event.target);
});

// Forms marked data-warn-unsaved ask before the page is left with changes not yet sent: typing
// marks them dirty (the server marks them with data-dirty when it shows typed values it did not
// save); submitting the form itself (by any of its buttons) is not leaving them.
var sendingUnsaved = false;
document.addEventListener('input', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-warn-unsaved')) {
        form.dataset.dirty = 'true';
    }
});
document.addEventListener('submit', function (event) {
    if (!event.defaultPrevented && event.target.hasAttribute('data-warn-unsaved')) {
        sendingUnsaved = true;
    }
});
window.addEventListener('pageshow', function () {
    sendingUnsaved = false;
});
window.addEventListener('beforeunload', function (event) {
    if (!sendingUnsaved && document.querySelector('form[data-warn-unsaved][data-dirty="true"]')) {
        event.preventDefault();
        event.returnValue = '';
    }
});

// The answer to an action shown beside its control (an upload's message) takes the focus, so
// that it is in view and read out.
var focusOnLoad = document.querySelector('[data-focus-on-load]');
if (focusOnLoad) {
    focusOnLoad.focus();
    focusOnLoad.scrollIntoView({ block: 'center' });
}
