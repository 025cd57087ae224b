// The keyboard in forms, on every page.
//
// Ctrl+Enter (or Cmd+Enter) in a multi-line field of a form registers the card, as Enter does in the
// one-line fields.
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) {
        return;
    }
    var field = event.target;
    var form = field && field.form;
    var save = form && form.querySelector('.save');
    if (field.tagName === 'TEXTAREA' && save) {
        event.preventDefault();
        save.click();
    }
});

// Tab goes from a date to the next field: the calendar button beside a date field is for the mouse
// (the date is typed), so it is taken out of the tab order, also after Ajax redraws the form.
function gramotaUntabCalendarButtons() {
    document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
        button.tabIndex = -1;
    });
}
// After PrimeFaces has built its widgets, which it does when the document is ready.
window.addEventListener('load', gramotaUntabCalendarButtons);
if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', gramotaUntabCalendarButtons);
}
