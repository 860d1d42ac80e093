// htmx requests that change state carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The language switch keeps the page's other parameters (the year shown, the search typed…).
document.addEventListener('DOMContentLoaded', function () {
  var link = document.querySelector('[data-testid="lang-switch"]');
  if (!link) {
    return;
  }
  var target = new URL(window.location.href);
  target.searchParams.set('lang', link.getAttribute('hreflang'));
  link.href = target.pathname + target.search;
});

// A form with data-confirm asks before it is sent (withdrawing a dossier cannot be undone). Kept here rather than in
// an onsubmit attribute: the Content-Security-Policy runs no inline script.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
