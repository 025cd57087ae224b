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
