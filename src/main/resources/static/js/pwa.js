// The portal as an installable app: the service worker (static/sw.js) and the dossier form kept as a local draft
// while the phone has no network, sent once it is back.
//
// A draft lives in localStorage under the signed-in account's id (the page's meta "opendvc-account", on the form its
// data-draft-account), so another person signing in on the same phone never sees or sends it. It holds the form's
// text fields only: files are attached on the dossier's page, online. The CSRF token is never stored: each sending
// takes the current page's.
(function () {
  'use strict';

  var ACCOUNT = 'opendvc.account';
  var DRAFTS = 'opendvc.drafts.';
  var DOSSIER_PAGE = /^\/me\/dossiers\/\d+$/;
  var SENDING_FOR = 60000;
  var RETRY_AFTER = 30000;
  var RELOAD_AFTER = 5000;
  var retry = null;

  if ('serviceWorker' in navigator) {
    window.addEventListener('load', function () {
      navigator.serviceWorker.register('/sw.js').catch(function () {
        // without it the portal works as before, only not offline
      });
    });
  }

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.content : null;
  }

  function onOfflinePage() {
    return document.body.hasAttribute('data-offline-page');
  }

  function drafts(account) {
    try {
      return JSON.parse(localStorage.getItem(DRAFTS + account)) || [];
    } catch (e) {
      return [];
    }
  }

  function keep(account, list) {
    if (list.length) {
      localStorage.setItem(DRAFTS + account, JSON.stringify(list));
    } else {
      localStorage.removeItem(DRAFTS + account);
    }
  }

  function update(account, key, change) {
    try {
      keep(account, drafts(account).flatMap(function (draft) {
        return draft.key === key ? change(draft) : [draft];
      }));
    } catch (e) {
      // storage refused: there was no draft to change
    }
  }

  // The offline page has no session: it shows the drafts of whoever was signed in on the last page seen online.
  function rememberAccount() {
    var account = meta('opendvc-account');
    try {
      if (account) {
        localStorage.setItem(ACCOUNT, account);
      } else {
        localStorage.removeItem(ACCOUNT);
      }
    } catch (e) {
      // storage refused (private mode): no drafts then
    }
  }

  function fieldsOf(form) {
    var fields = [];
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== '_csrf') {
        fields.push([name, value]);
      }
    });
    return fields;
  }

  // One draft per form and procedure: saving again replaces it.
  function draftKey(form, fields) {
    var procedure = fields.find(function (field) { return field[0] === 'procedureId'; });
    return form.getAttribute('action') + '#' + (procedure ? procedure[1] : '');
  }

  function saveDraft(form, fields) {
    var account = form.getAttribute('data-draft-account');
    var draft = {
      key: draftKey(form, fields),
      action: form.getAttribute('action'),
      page: location.pathname + location.search,
      title: form.getAttribute('data-draft-title') || document.title,
      fields: fields,
      savedAt: new Date().toISOString()
    };
    keep(account, drafts(account).filter(function (d) { return d.key !== draft.key; }).concat([draft]));
  }

  function banner(name, shown) {
    var element = document.querySelector('[data-pwa-banner="' + name + '"]');
    if (element) {
      element.hidden = !shown;
      if (shown) {
        element.scrollIntoView({ block: 'nearest' }); // on a phone the button is far below it
      }
    }
  }

  function send(action, fields) {
    var body = new URLSearchParams();
    fields.forEach(function (field) { body.append(field[0], field[1]); });
    var headers = {};
    if (meta('_csrf') && meta('_csrf_header')) {
      headers[meta('_csrf_header')] = meta('_csrf');
    }
    return fetch(action, { method: 'POST', body: body, headers: headers, credentials: 'same-origin' });
  }

  // The new draft's page, the form again with what the server found wrong, or anything else (signed out, refused).
  function outcome(response) {
    if (response.redirected && DOSSIER_PAGE.test(new URL(response.url).pathname)) {
      return 'created';
    }
    return response.ok && !response.redirected ? 'form' : 'failed';
  }

  // Shows a page the server answered to a form sent by script, as if the browser had sent the form itself.
  function render(response) {
    return response.text().then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      var main = next.querySelector('main');
      if (!main) {
        location.assign(response.url);
        return;
      }
      document.querySelector('main').replaceWith(document.adoptNode(main));
      document.title = next.title;
      window.scrollTo(0, 0);
    });
  }

  // The dossier form is sent by script, so that a failed connection keeps what was typed instead of losing it.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.matches || !form.matches('form[data-draft-account]')) {
      return;
    }
    event.preventDefault();
    var fields = fieldsOf(form);
    var waiting = function () {
      try {
        saveDraft(form, fields);
        banner('failed', false);
        banner('waiting', true);
        retryLater();
      } catch (e) {
        banner('failed', true);
      }
    };
    if (!navigator.onLine) {
      waiting();
      return;
    }
    var button = event.submitter;
    if (button) {
      button.disabled = true;
    }
    send(form.getAttribute('action'), fields).then(function (response) {
      if (outcome(response) === 'created') {
        // sent by hand before the waiting copy went: that copy must not make a second dossier
        update(form.getAttribute('data-draft-account'), draftKey(form, fields), function () { return []; });
      }
      if (response.redirected) {
        location.assign(response.url);
        return undefined;
      }
      return render(response);
    }, waiting).finally(function () {
      if (button) {
        button.disabled = false;
      }
    });
  });

  // Sends the oldest waiting draft of the signed-in account, then opens the dossier it became.
  function sendWaitingDraft() {
    var account = meta('opendvc-account');
    if (!account || !navigator.onLine || onOfflinePage()) {
      return;
    }
    var draft = drafts(account).find(function (d) {
      return !d.sendingSince || Date.now() - d.sendingSince > SENDING_FOR; // another tab may be sending it
    });
    if (!draft) {
      return;
    }
    update(account, draft.key, function (d) { d.sendingSince = Date.now(); return [d]; });
    var release = function () {
      update(account, draft.key, function (d) { delete d.sendingSince; return [d]; });
    };
    send(draft.action, draft.fields).then(function (response) {
      var result = outcome(response);
      if (result === 'failed') {
        release();
        banner('waiting', false);
        banner('failed', true);
        return undefined;
      }
      update(account, draft.key, function () { return []; });
      if (result === 'created') {
        location.assign(response.url);
        return undefined;
      }
      // refused as it was typed: the form with the server's messages, where the citizen can correct it
      history.replaceState(null, '', draft.action);
      return render(response);
    }, function () {
      release();
      banner('waiting', true);
      retryLater();
    });
  }

  // The phone may say it is online while nothing gets through: try again now and then while the page is open.
  function retryLater() {
    if (!retry) {
      retry = setTimeout(function () {
        retry = null;
        sendWaitingDraft();
      }, RETRY_AFTER);
    }
  }

  // The offline page: what waits to be sent, and back to the page asked for as soon as the network is.
  function showOfflinePage() {
    var list = document.querySelector('[data-offline-draft-list]');
    var account = null;
    try {
      account = localStorage.getItem(ACCOUNT);
    } catch (e) {
      // storage refused: nothing can be waiting
    }
    var waiting = account ? drafts(account) : [];
    waiting.forEach(function (draft) {
      var item = document.createElement('li');
      item.setAttribute('data-testid', 'offline-draft');
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = draft.title;
      var saved = document.createElement('span');
      saved.className = 'meta';
      saved.textContent = new Date(draft.savedAt).toLocaleString(document.documentElement.lang || 'vi');
      item.append(name, document.createElement('br'), saved);
      list.append(item);
    });
    document.querySelector('[data-offline-drafts]').hidden = waiting.length === 0;
    // "online" may come a moment before anything gets through, or the portal itself was unreachable: in that
    // case this page comes back, and tries again a little later
    window.addEventListener('online', function () {
      setTimeout(function () { location.reload(); }, 1000);
    });
    if (navigator.onLine) {
      setTimeout(function () { location.reload(); }, RELOAD_AFTER);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (onOfflinePage()) {
      showOfflinePage();
      return;
    }
    rememberAccount();
    sendWaitingDraft();
  });
  window.addEventListener('online', sendWaitingDraft);
})();
