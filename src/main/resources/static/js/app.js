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
