/*
 * OpenDVC assistant widget. Put on any site with:
 *   <script src="https://PORTAL/assistant/widget.js" data-agency="AGENCY-CODE" data-lang="vi" defer></script>
 * The site's origin must be listed in the portal's opendvc.assistant.widget-origins, and its Content-Security-Policy
 * must allow the portal in script-src and connect-src. The widget sets no cookie and sends none (credentials: omit),
 * uses no inline script or style (its styles are a constructed style sheet inside its own shadow root) and writes the
 * answers as text, never as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__opendvcAssistant) { return; }
  window.__opendvcAssistant = true;
  var base = new URL(script.src).origin;
  var agency = script.getAttribute('data-agency') || '';
  var lang = (script.getAttribute('data-lang') || document.documentElement.lang || 'vi').slice(0, 2) === 'en' ? 'en' : 'vi';
  var T = {
    vi: { open: 'Hỏi trợ lý ảo', title: 'Trợ lý ảo dịch vụ công', close: 'Đóng', label: 'Câu hỏi của bạn',
      placeholder: 'Ví dụ: làm giấy khai sinh cần gì?', send: 'Hỏi', you: 'Bạn', bot: 'Trợ lý',
      procedures: 'Thủ tục phù hợp', search: 'Tìm trong danh mục thủ tục', hotline: 'Đường dây nóng',
      draft: 'Bắt đầu nộp hồ sơ', error: 'Chưa gửi được câu hỏi. Vui lòng thử lại.', wait: 'Đang tìm…',
      hello: 'Xin chào! Hãy hỏi về thủ tục hành chính, có dấu hoặc không dấu.' },
    en: { open: 'Ask the assistant', title: 'Public services assistant', close: 'Close', label: 'Your question',
      placeholder: 'E.g.: birth registration documents?', send: 'Ask', you: 'You', bot: 'Assistant',
      procedures: 'Matching procedures', search: 'Search the procedure catalog', hotline: 'Hotline',
      draft: 'Start a dossier', error: 'The question could not be sent. Please try again.', wait: 'Searching…',
      hello: 'Hello! Ask about administrative procedures.' }
  }[lang];
  var css = ':host{all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483000;font:15px/1.45 system-ui,' +
    'sans-serif;color:#1a1a1a}' +
    '*{box-sizing:border-box}' +
    'button,input{font:inherit}' +
    '.toggle{background:#b3261e;color:#fff;border:0;border-radius:24px;padding:10px 18px;cursor:pointer;' +
    'box-shadow:0 2px 8px rgba(0,0,0,.3)}' +
    'button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}' +
    '.panel{display:flex;flex-direction:column;width:min(380px,calc(100vw - 32px));height:min(520px,calc(100vh - 90px));' +
    'background:#fff;border:1px solid #767676;border-radius:10px;box-shadow:0 4px 18px rgba(0,0,0,.3);margin-bottom:8px}' +
    '.panel[hidden]{display:none}' +
    'header{display:flex;justify-content:space-between;align-items:center;padding:8px 12px;background:#b3261e;' +
    'color:#fff;border-radius:10px 10px 0 0}' +
    'h2{font-size:16px;margin:0}' +
    '.close{background:transparent;color:#fff;border:1px solid #fff;border-radius:6px;padding:2px 8px;cursor:pointer}' +
    '.log{flex:1;overflow-y:auto;padding:10px 12px;margin:0;list-style:none}' +
    '.item{margin:0 0 10px}' +
    '.who{font-weight:600;display:block}' +
    '.me{text-align:right}' +
    '.msg p{margin:0 0 4px;white-space:pre-line}' +
    'a{color:#0b57d0}' +
    '.opt{display:block;margin:4px 0;text-align:left;background:#f1f3f4;border:1px solid #5f6368;border-radius:6px;' +
    'padding:4px 8px;cursor:pointer;color:#1a1a1a}' +
    'form{display:flex;gap:6px;padding:8px;border-top:1px solid #ccc}' +
    'label{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}' +
    'input{flex:1;min-width:0;padding:8px;border:1px solid #5f6368;border-radius:6px}' +
    '.send{background:#0b57d0;color:#fff;border:0;border-radius:6px;padding:8px 14px;cursor:pointer}';

  var host = document.createElement('div');
  host.id = 'opendvc-assistant';
  host.setAttribute('lang', lang);
  var root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, k)) { e.setAttribute(k, attrs[k]); } }
    if (text != null) { e.textContent = text; }
    return e;
  }
  /* links always lead to the portal the widget came from */
  function portal(url) {
    try { var u = new URL(url, base); return base + u.pathname + u.search; } catch (e) { return base; }
  }

  var panel = el('section', { 'class': 'panel', role: 'dialog', 'aria-labelledby': 'odvc-title', id: 'odvc-panel', hidden: '' });
  var header = el('header', {});
  header.appendChild(el('h2', { id: 'odvc-title' }, T.title));
  var close = el('button', { type: 'button', 'class': 'close' }, T.close);
  header.appendChild(close);
  var log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-label': T.title });
  var form = el('form', {});
  form.appendChild(el('label', { 'for': 'odvc-q' }, T.label));
  var input = el('input', { id: 'odvc-q', name: 'question', type: 'text', maxlength: '500', autocomplete: 'off',
    placeholder: T.placeholder });
  form.appendChild(input);
  form.appendChild(el('button', { type: 'submit', 'class': 'send' }, T.send));
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(form);
  var toggle = el('button', { type: 'button', 'class': 'toggle', 'aria-expanded': 'false', 'aria-controls': 'odvc-panel' }, T.open);
  root.appendChild(panel);
  root.appendChild(toggle);

  var conversationId = '';
  var busy = false;

  function say(who, build) {
    var li = el('div', { 'class': who === T.you ? 'item me' : 'item msg' });
    li.appendChild(el('span', { 'class': 'who' }, who));
    build(li);
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
    return li;
  }
  function lines(li, text) {
    String(text).split('\n').forEach(function (line) { li.appendChild(el('p', {}, line)); });
  }
  function open(show) {
    panel.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    if (show) {
      if (!log.firstChild) { say(T.bot, function (li) { lines(li, T.hello); }); }
      input.focus();
    } else {
      toggle.focus();
    }
  }
  function link(li, href, text, newTab) {
    var p = el('p', {});
    var a = el('a', newTab ? { href: href, target: '_blank', rel: 'noopener' } : { href: href }, text);
    p.appendChild(a);
    li.appendChild(p);
    return a;
  }
  function render(r) {
    say(T.bot, function (li) {
      lines(li, r.answer);
      if (r.draftUrl) { link(li, portal(r.draftUrl), T.draft, true); }
      if (r.clarify && r.clarify.options) {
        li.appendChild(el('p', {}, r.clarify.question));
        r.clarify.options.forEach(function (o) {
          var b = el('button', { type: 'button', 'class': 'opt' }, o.number + '. ' + o.name);
          b.addEventListener('click', function () { ask(String(o.number), o.name); });
          li.appendChild(b);
        });
      }
      if (r.procedures && r.procedures.length) {
        li.appendChild(el('p', { 'class': 'who' }, T.procedures));
        var ol = el('ol', {});
        r.procedures.slice(0, 3).forEach(function (p) {
          var item = el('li', {});
          item.appendChild(el('a', { href: portal(p.url), target: '_blank', rel: 'noopener' },
            p.name + (p.code ? ' (' + p.code + ')' : '')));
          ol.appendChild(item);
        });
        li.appendChild(ol);
      }
      if (r.knows === false) {
        link(li, portal(r.searchUrl), T.search, true);
        var p = el('p', {}, T.hotline + ': ');
        p.appendChild(el('a', { href: 'tel:' + r.hotline }, r.hotline));
        li.appendChild(p);
      }
    });
  }
  function ask(question, shown) {
    if (busy || !question.trim()) { return; }
    busy = true;
    say(T.you, function (li) { lines(li, shown || question); });
    var waiting = say(T.bot, function (li) { lines(li, T.wait); });
    var body = new URLSearchParams();
    body.set('question', question);
    if (conversationId) { body.set('conversationId', conversationId); }
    if (agency) { body.set('agency', agency); }
    fetch(base + '/api/v1/assistant/ask', {
      method: 'POST', credentials: 'omit', mode: 'cors', body: body,
      headers: { 'Accept-Language': lang === 'en' ? 'en' : 'vi' }
    }).then(function (res) {
      if (!res.ok) { throw new Error(res.status); }
      return res.json();
    }).then(function (r) {
      log.removeChild(waiting);
      conversationId = r.conversationId || '';
      render(r);
    }).catch(function () {
      log.removeChild(waiting);
      say(T.bot, function (li) { lines(li, T.error); });
    }).then(function () { busy = false; });
  }

  toggle.addEventListener('click', function () { open(panel.hidden); });
  close.addEventListener('click', function () { open(false); });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { open(false); } });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value;
    input.value = '';
    ask(q);
  });

  function mount() { document.body.appendChild(host); }
  if (document.body) { mount(); } else { document.addEventListener('DOMContentLoaded', mount); }
})();
