/*! Switchboard visitor widget. Embed: <script src="https://HOST/widget.js" data-site="default" async></script> */
// Plain ES2017 with no framework and no build step: the file is what ships, so it stays small
// (budget 30 KB gzipped; a test gzips it) and readable. Everything lives in one closure; the only
// global is `window.Switchboard` (open/close, and the guard against a second copy of the tag).
// One file on purpose (one request from the customer's page, nothing to build); its sections are
// configuration, storage, state, connection, chat, UI and page life.
(function (w, d) {
  'use strict';
  if (w.Switchboard) return;
  var script = d.currentScript || d.querySelector('script[data-site][src*="widget.js"]');
  if (!script || !script.src) return;

  // ---------------------------------------------------------------- configuration
  // The widget talks only to the backend it was loaded from.
  var ORIGIN = new URL(script.src, location.href).origin;
  var SITE = script.getAttribute('data-site') || 'default';
  var KEY = 'switchboard:' + SITE;
  var COLOR = /^#[0-9a-f]{3,8}$/i.test(script.getAttribute('data-color') || '') ? script.getAttribute('data-color') : '';
  var HEARTBEAT_MS = 20000;
  var MAX_BACKOFF_MS = 30000;
  var LOG_KEEP = 100;
  var SEND_BUDGET = 24; // frames per 10 s on one socket, well under the server's flood limit (60) whatever else is sent

  var STR = {
    zh: {
      title: '在线客服', chat: '在线咨询', leave: '给我们留言', open: '打开在线客服', close: '关闭聊天窗口',
      online: '客服在线 · 通常几分钟内回复', offline: '暂时无人在线，请留言，我们会尽快回复',
      hi: '您好！有什么可以帮您？', back: '欢迎回来！有什么可以帮您？', input: '输入消息…',
      inputLeave: '请写下您的问题，我们会尽快联系您…', send: '发送', intro: '开始之前，请留下您的信息，方便客服更好地为您服务。',
      start: '开始咨询', next: '继续', introLeave: '现在暂时没有客服在线。留下您的联系方式和问题，我们会尽快回复您。', choose: '请选择', required: '此项必填', email: '请输入有效的邮箱地址',
      phone: '请输入有效的电话号码', format: '格式不正确', long: '内容过长', agent: '客服', invites: '邀请您在线咨询',
      accept: '立即咨询', decline: '稍后再说', invitation: '客服邀请', messages: '聊天记录', optional: '选填',
      sending: '发送中…', sent: '已发送', serving: '正在为您服务', joined: '%s 加入了对话', waiting: '正在为您接通客服…',
      queued: '正在排队，您前面还有 %s 位', first: '正在排队，您是下一位', reconnecting: '网络已断开，正在重新连接…消息会在恢复后自动发出',
      unread: '有新消息', helps: '%s 加入对话协助', moved: '对话已转接给 %s', ended: '对话已结束', file: '文件'
    },
    en: {
      title: 'Chat with us', chat: 'Chat with us', leave: 'Leave a message', open: 'Open chat', close: 'Close chat',
      online: "We're online · usually reply in minutes", offline: "We're away. Leave a message and we'll get back to you.",
      hi: 'Hi there! How can we help?', back: 'Welcome back! How can we help?', input: 'Type a message…',
      inputLeave: "Tell us your question and we'll get back to you…", send: 'Send', intro: 'Before we start, tell us a little about you.',
      start: 'Start chat', next: 'Continue', introLeave: "Nobody is online right now. Leave your details and question, and we'll get back to you.", choose: 'Choose…', required: 'This field is required', email: 'Enter a valid email address',
      phone: 'Enter a valid phone number', format: 'This does not look right', long: 'This is too long', agent: 'Support',
      invites: 'invites you to chat', accept: 'Chat now', decline: 'Not now', invitation: 'Invitation to chat',
      messages: 'Messages', optional: 'optional',
      sending: 'Sending…', sent: 'Sent', serving: 'is here to help', joined: '%s joined the chat', waiting: 'Connecting you with an agent…',
      queued: 'In the queue: %s ahead of you', first: "In the queue: you're next", reconnecting: "Reconnecting… your messages will be sent when we're back",
      unread: 'New message', helps: '%s joined to help', moved: 'The chat was transferred to %s', ended: 'The chat has ended', file: 'File'
    }
  };
  // The host page's <html lang> wins over the browser's language: the page is what the visitor reads.
  var LANG = /^zh/i.test(d.documentElement.lang || navigator.language || '') ? 'zh' : 'en';
  function t(key, arg) { return STR[LANG][key].replace('%s', function () { return arg; }); }
  // The server writes its event lines in English; the widget says them in the page's language.
  var EVENTS = [[/^(.+) joined the chat$/, 'joined'], [/^(.+) joined to help$/, 'helps'],
    [/^The chat was transferred to (.+)$/, 'moved'], [/^The chat has ended()$/, 'ended']];
  function said(text) {
    for (var i = 0; i < EVENTS.length; i++) {
      var m = EVENTS[i][0].exec(text);
      if (m) return { key: EVENTS[i][1], name: m[1] };
    }
    return null;
  }

  // ---------------------------------------------------------------- storage
  // localStorage, and a first-party cookie (named `cookie`) when storage throws (Safari private
  // mode, blocked storage, quota); a cookie holds 4 KB, so it gets `small` when that is given.
  var COOKIE = 'sb_' + SITE.replace(/[^\w-]/g, '_');
  var store = {
    get: function (key, cookie) {
      try { var v = w.localStorage.getItem(key); if (v) return JSON.parse(v); } catch (e) { /* blocked: try the cookie */ }
      if (!cookie) return null;
      try {
        var m = d.cookie.match(new RegExp('(?:^|; )' + cookie + '=([^;]*)'));
        return m ? JSON.parse(decodeURIComponent(m[1])) : null;
      } catch (e) { return null; }
    },
    set: function (key, value, cookie, small) {
      try { w.localStorage.setItem(key, JSON.stringify(value)); return; } catch (e) { /* blocked: fall back */ }
      if (!cookie) return;
      try {
        d.cookie = cookie + '=' + encodeURIComponent(JSON.stringify(small || value)) + ';path=/;max-age=31536000;SameSite=Lax' +
          (location.protocol === 'https:' ? ';Secure' : '');
      } catch (e) { /* sandboxed: this page only */ }
    }
  };
  // Per tab: whether the window is open (it follows the visitor from page to page) and the draft.
  function tab(name, value) {
    try {
      if (value == null) return w.sessionStorage.getItem(KEY + name);
      w.sessionStorage.setItem(KEY + name, value);
    } catch (e) { /* no session storage: this page only */ }
    return null;
  }

  // ---------------------------------------------------------------- state
  // The chat as this browser knows it, kept per site so that a reload or another page continues it.
  // Without localStorage the cookie keeps only the conversation id; its history then comes back
  // from the server (resume after 0).
  var CHAT = KEY + ':chat', CHAT_COOKIE = COOKIE + '_c';
  var saved = store.get(CHAT, CHAT_COOKIE) || {};
  var state = {
    identity: store.get(KEY, COOKIE) || {},
    welcomed: false,
    configured: false, // the config answered (or failed): the launcher's wording is known
    returning: false,
    agentsAvailable: true,
    fields: [],
    answers: saved.answers || null, // pre-chat answers; chat.start carries them
    log: Array.isArray(saved.log) ? saved.log.slice(-LOG_KEEP) : [], // shown lines; server messages in seq order
    conv: saved.conv || null, // the conversation id
    seq: saved.log ? saved.seq || 0 : 0, // the last message applied: every message up to it is in `log`
    status: saved.status || null, // QUEUED or ACTIVE
    pos: saved.pos || 0, // place in the queue, 1 = next
    agent: saved.agent || '', // who serves the chat
    want: !!saved.want, // a chat was asked for (pre-chat form sent) and has not started yet
    out: Array.isArray(saved.out) ? saved.out : [], // [{c: clientId, t: text, at}] written, not yet acknowledged
    open: false,
    blocked: false,
    invitation: null
  };
  // clientIds acknowledged or applied here, so that merging with another tab's outbox drops them.
  var gone = {};
  // Other tabs of the site write the same record: keep what another tab has applied further, and
  // whatever it still has to send (a message sent twice is stored once).
  function saveChat() {
    var old = store.get(CHAT) || {}, log = state.log, seq = state.seq;
    if (old.conv === state.conv && old.seq > seq && Array.isArray(old.log)) { log = old.log; seq = old.seq; }
    var out = state.out.map(function (e) { return { c: e.c, t: e.t, at: e.at }; }), mine = {};
    out.forEach(function (e) { mine[e.c] = 1; });
    (Array.isArray(old.out) ? old.out : []).forEach(function (e) { if (e && !mine[e.c] && !gone[e.c]) out.push(e); });
    store.set(CHAT, {
      answers: state.answers, log: log.slice(-LOG_KEEP), conv: state.conv, seq: seq, status: state.status,
      pos: state.pos, agent: state.agent, want: state.want, out: out
    }, CHAT_COOKIE, { conv: state.conv });
  }

  // ---------------------------------------------------------------- connection
  var WS_URL = ORIGIN.replace(/^http/, 'ws') + '/ws/visitor';
  var pageStart = Date.now() - (w.performance && performance.now ? performance.now() : 0);
  var ws = null, attempt = 0, retryTimer = 0, beatTimer = 0, stopped = false, outbox = [], sentAt = [];

  function rid() {
    return (w.crypto && crypto.getRandomValues)
      ? Array.prototype.map.call(crypto.getRandomValues(new Uint8Array(12)), function (b) { return (b + 256).toString(16).slice(1); }).join('')
      : Date.now().toString(36) + Math.random().toString(36).slice(2);
  }
  function cut(s) { s = String(s || ''); return s.length > 2000 ? s.slice(0, 2000) : s; }

  function connect() {
    if (stopped || state.blocked) return;
    clearTimeout(retryTimer);
    var sock;
    try { sock = ws = new WebSocket(WS_URL); } catch (e) { return retry(); }
    sentAt = [];
    sock.onopen = function () {
      var id = state.identity;
      raw(sock, 'hello', {
        site: SITE, visitorId: id.visitorId || null, token: id.token || null,
        page: {
          url: cut(location.href), title: cut(d.title), referrer: cut(d.referrer),
          language: navigator.language || '', screen: screen.width + 'x' + screen.height
        }
      });
      // An answer that never comes (a half-open network) must not hold the page: try afresh.
      setTimeout(function () { if (sock === ws && !state.welcomed) sock.close(); }, 15000);
    };
    sock.onmessage = function (e) { if (sock === ws) receive(e.data); };
    sock.onclose = function (e) {
      if (sock !== ws) return;
      ws = null;
      state.welcomed = false;
      clearInterval(beatTimer);
      if (e.code === 4403) block(); else { retry(); ui.render(); }
    };
  }

  // Exponential backoff with jitter: 1 s doubling to 30 s, each wait drawn from its upper half so
  // that thousands of widgets do not return together after a backend restart.
  function retry() {
    if (stopped || state.blocked) return;
    var base = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempt++));
    retryTimer = setTimeout(connect, base / 2 + Math.random() * base / 2);
  }

  function raw(sock, type, payload) {
    sentAt.push(Date.now());
    sock.send(JSON.stringify({ type: type, id: rid(), payload: payload }));
  }

  // Milliseconds until this socket may send another paced frame (0: now), so that a long outbox
  // going out after a reconnect never trips the server's flood limit.
  function paced() {
    var now = Date.now();
    sentAt = sentAt.filter(function (at) { return now - at < 10000; });
    return sentAt.length < SEND_BUDGET ? 0 : sentAt[0] + 10050 - now;
  }

  function live() { return !!(ws && ws.readyState === 1 && state.welcomed); }

  // Sends now, or after the next welcome when `keep` (the visitor's decisions must not be lost
  // to a reconnect); heartbeats are never queued.
  function send(type, payload, keep) {
    if (live()) raw(ws, type, payload);
    else if (keep && outbox.length < 20) outbox.push([type, payload]);
  }

  function beat() { send('heartbeat', { visible: d.visibilityState !== 'hidden' }); }

  // Server -> widget messages by type. The chat protocol adds its `chat.*` handlers here.
  var handlers = {
    welcome: function (p) {
      // A new identity (the old token was refused) cannot reach the old identity's chat.
      if (state.conv && state.identity.visitorId && state.identity.visitorId !== p.visitorId) chat.lost();
      state.identity = { visitorId: p.visitorId, token: p.token };
      store.set(KEY, state.identity, COOKIE);
      state.welcomed = true;
      state.returning = !!p.returning;
      attempt = 0;
      if (p.prechat && Array.isArray(p.prechat.fields)) state.fields = p.prechat.fields;
      clearInterval(beatTimer);
      beatTimer = setInterval(beat, HEARTBEAT_MS);
      var queued = outbox; outbox = [];
      queued.forEach(function (m) { send(m[0], m[1], true); });
      chat.welcome();
      ui.ready();
    },
    invitation: function (p) { ui.invite(p); },
    blocked: function () { block(); },
    // Errors on this socket do not say which message they answer. 404 and 409 come only from the
    // chat: the remembered conversation is not (or no longer) this visitor's, so what is unsent
    // goes into a new one. Anything else is nothing the visitor can act on; the server logs it.
    error: function (p) { if ((p.status === 404 || p.status === 409) && state.conv && !chat.starting) chat.lost(); },
    'chat.started': function (p) { chat.started(p); },
    'chat.status': function (p) { chat.status(p); },
    'chat.message': function (p) { chat.take(p); },
    'chat.ack': function (p) { chat.ack(p); },
    'chat.ended': function (p) { if (p.conversationId === state.conv) chat.ended(); }
  };

  function receive(data) {
    var m;
    try { m = JSON.parse(data); } catch (e) { return; }
    var h = m && Object.prototype.hasOwnProperty.call(handlers, m.type) && handlers[m.type];
    if (h) h(m.payload || {}, m);
  }

  // Blocked: close, never reconnect from this page, and take the widget off the page.
  function block() {
    state.blocked = stopped = true;
    clearTimeout(retryTimer);
    clearInterval(beatTimer);
    if (ws) { var s = ws; ws = null; try { s.close(1000); } catch (e) { /* closing anyway */ } }
    ui.remove();
  }

  // On load, and again when the window opens (agents come and go) at most every 30 s.
  var configAt = 0;
  function loadConfig() {
    if (!w.fetch) { state.configured = true; return; }
    if (Date.now() - configAt < 30000) return;
    configAt = Date.now();
    fetch(ORIGIN + '/api/v1/widget/config?site=' + encodeURIComponent(SITE), { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (c) {
        if (c && !state.blocked) {
          state.agentsAvailable = c.agentsAvailable !== false;
          if (!state.welcomed && c.prechat && Array.isArray(c.prechat.fields)) state.fields = c.prechat.fields;
        }
      }, function () { /* keep what we have */ })
      .then(function () {
        state.configured = true;
        if (state.welcomed) ui.ready(); else ui.render();
      });
  }

  // ---------------------------------------------------------------- chat
  // The chat protocol (docs/protocol.md, "Chat"). Each message the visitor writes gets a random
  // clientId and waits in `state.out` (stored) until its ack; it is sent on every connection until
  // then, which is harmless: the server stores a clientId once and answers the stored message.
  // Server messages apply in `seq` order and once (`have`). The visitor's numbers have gaps where
  // agents wrote notes, which never come here, so a message after a gap waits in `held` only a
  // moment (a live message can overtake the answer to a resume); then it applies, and the widget
  // asks once for what follows the gap's start: a message really missing then takes its place in
  // the order. Every welcome resumes after the last applied seq.
  var GAP_MS = 800;
  var conn = 0, flight = {}, held = {}, have = {}, gapTimer = 0, pumpTimer = 0;
  state.log.forEach(function (l) { if (l.seq) have[l.seq] = 1; });
  var chat = {
    starting: false,

    send: function (text) {
      var e = { c: rid(), t: text, at: Date.now() };
      state.out.push(e);
      saveChat();
      ui.sending(e);
      chat.pump();
    },

    // The pre-chat form was sent: start now, with no message yet.
    begin: function () {
      state.want = true;
      saveChat();
      chat.pump();
    },

    welcome: function () {
      conn++;
      chat.starting = false;
      chat.resume();
      chat.pump();
    },

    resume: function () {
      if (state.conv) send('chat.resume', { conversationId: state.conv, after: state.seq });
    },

    // Starts the chat when something waits for it, then sends what this connection has not sent, in order.
    pump: function () {
      clearTimeout(pumpTimer);
      if (!live()) return;
      if (!state.conv || state.status === 'ENDED') {
        if ((state.want || state.out.length) && !chat.starting) {
          chat.starting = true;
          send('chat.start', { prechat: state.answers || {} });
        }
        return;
      }
      for (var i = 0; i < state.out.length; i++) {
        var e = state.out[i], wait = paced();
        if (flight[e.c] === conn) continue;
        if (wait) { pumpTimer = setTimeout(chat.pump, wait); return; }
        flight[e.c] = conn;
        send('chat.message', { conversationId: state.conv, clientId: e.c, text: e.t });
      }
    },

    started: function (p) {
      chat.starting = false;
      state.want = false;
      if (p.conversationId !== state.conv) chat.adopt(p.conversationId);
      if (!state.status || state.status === 'ENDED') state.status = p.status;
      // An open chat that was answered (another tab started it) comes with its history.
      chat.resume();
      saveChat();
      ui.render();
      chat.pump();
    },

    // The next message starts a new chat; this one stays on screen.
    ended: function () {
      state.status = 'ENDED';
      saveChat();
      ui.render();
    },

    status: function (p) {
      if (!chat.mine(p.conversationId) || state.status === 'ENDED') return;
      state.status = p.status;
      state.pos = p.position || 0;
      if (p.agentName) state.agent = String(p.agentName);
      saveChat();
      ui.render();
    },

    ack: function (p) {
      var e = null;
      state.out = state.out.filter(function (x) { if (x.c !== p.clientId) return true; e = x; return false; });
      if (!e) return;
      gone[e.c] = 1;
      ui.acked(e.c);
      // The ack says where the message stands; it applies in its turn (its echo is then a repeat).
      chat.take({ conversationId: p.conversationId, seq: p.seq, clientId: e.c, senderType: 'VISITOR', body: e.t, at: e.at });
      saveChat();
    },

    // A ChatMessage from the server (or rebuilt from an ack).
    take: function (m) {
      if (!m || !(m.seq > 0) || !chat.mine(m.conversationId) || have[m.seq]) return;
      held[m.seq] = m;
      chat.flush(false);
    },

    // Applies what is held in order, up to a gap; `past` (the gap has waited long enough): all of it.
    flush: function (past) {
      var seqs = Object.keys(held).map(Number).sort(function (a, b) { return a - b; }), applied = false;
      for (var i = 0; i < seqs.length && (past || seqs[i] <= state.seq + 1); i++) {
        chat.apply(held[seqs[i]]);
        delete held[seqs[i]];
        applied = true;
      }
      if (i < seqs.length && !gapTimer) {
        gapTimer = setTimeout(function () {
          var after = state.seq;
          gapTimer = 0;
          chat.flush(true);
          if (state.conv) send('chat.resume', { conversationId: state.conv, after: after });
        }, GAP_MS);
      }
      if (applied) { saveChat(); ui.render(); }
    },

    apply: function (m) {
      have[m.seq] = 1;
      state.seq = Math.max(state.seq, m.seq);
      var line = { seq: m.seq, text: String(m.body || ''), at: m.at || Date.parse(m.createdAt) || Date.now() };
      // Files are not shown in the widget yet: their name stands for them.
      if (m.attachment) line.text = '[' + t('file') + ': ' + m.attachment.fileName + '] ' + line.text;
      if (m.senderType === 'VISITOR') {
        line.from = 'visitor';
        line.cid = m.clientId;
        gone[m.clientId] = 1;
        state.out = state.out.filter(function (x) { return x.c !== m.clientId; });
      } else if (m.senderType === 'SYSTEM') {
        line.from = 'system';
        // Who serves the chat, should this page have missed the chat.status (it was offline then).
        var ev = said(line.text);
        if (ev && ev.key === 'joined') { state.status = 'ACTIVE'; state.agent = ev.name; }
        if (ev && ev.key === 'ended') state.status = 'ENDED';
      } else {
        line.from = 'agent';
        line.name = String(m.senderName || t('agent'));
        // A served chat whose status this page missed (it was offline when the agent came).
        if (state.status !== 'ACTIVE') { state.status = 'ACTIVE'; state.agent = line.name; }
      }
      for (var i = 0; i < state.log.length && !(state.log[i].seq > m.seq); i++) { /* finds the place */ }
      state.log.splice(i, 0, line);
      if (state.log.length > LOG_KEEP) state.log.shift();
      ui.append(line, true);
    },

    // Whether a message of conversation `id` is for this page's chat; a newer conversation of this
    // visitor (one tab started it, or the old one ended) replaces the remembered one.
    mine: function (id) {
      if (!id || (state.conv && id < state.conv)) return false;
      if (id !== state.conv) { chat.adopt(id); chat.resume(); }
      return true;
    },

    // Lines of the chat before stay on screen, without their numbers (the next chat counts from 1).
    adopt: function (id) {
      state.log.forEach(function (l) { delete l.seq; });
      ui.unnumber();
      have = {};
      state.conv = id;
      state.seq = 0;
      state.status = null;
      state.pos = 0;
      state.agent = '';
      state.want = false;
      held = {};
    },

    // The remembered conversation cannot be reached: what is unsent starts a new one.
    lost: function () {
      chat.adopt(null);
      flight = {};
      saveChat();
      ui.render();
      chat.pump();
    }
  };

  function addMessage(m) {
    m.at = m.at || Date.now();
    state.log.push(m);
    if (state.log.length > LOG_KEEP) state.log.shift();
    saveChat();
    ui.append(m);
  }

  // ---------------------------------------------------------------- UI
  var CSS = [
    // The host element: nothing from the page reaches in (inner !important wins over the page's).
    ':host{all:initial!important;display:block!important;position:fixed!important;z-index:2147483000!important;',
    'right:0!important;bottom:0!important;width:0!important;height:0!important;visibility:visible!important;opacity:1!important;transform:none!important}',
    '*,*::before,*::after{box-sizing:border-box}',
    '[hidden]{display:none!important}',
    '.sb{--a:#2563eb;--a2:#4f46e5;--ink:#111827;--mute:#6b7280;--line:#e5e7eb;--bg:#f6f7fb;',
    'font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;',
    'color:var(--ink);text-align:left;letter-spacing:normal;-webkit-font-smoothing:antialiased}',
    'button,input,select,textarea{font:inherit;color:inherit;margin:0;letter-spacing:inherit;text-transform:none}',
    'button{cursor:pointer;border:0;background:none;padding:0}',
    ':focus-visible{outline:3px solid rgba(37,99,235,.45);outline-offset:2px}',
    'svg{display:block;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}',
    // launcher
    '.launcher{position:fixed;right:20px;bottom:20px;display:flex;align-items:center;gap:8px;height:52px;padding:0 20px 0 16px;',
    'border-radius:26px;color:#fff;background:linear-gradient(135deg,var(--a),var(--a2));font-weight:600;font-size:15px;',
    'box-shadow:0 8px 24px rgba(37,99,235,.35),0 2px 6px rgba(0,0,0,.12);transition:transform .15s,box-shadow .15s;animation:sb-pop .3s ease-out}',
    '.launcher:hover{transform:translateY(-2px);box-shadow:0 12px 28px rgba(37,99,235,.4),0 2px 6px rgba(0,0,0,.12)}',
    '.launcher svg{width:24px;height:24px}.launcher .ic-x{display:none}',
    '.launcher.on{width:52px;padding:0;justify-content:center}.launcher.on .ic-c,.launcher.on .lbl{display:none}.launcher.on .ic-x{display:block}',
    '.launcher.off{background:linear-gradient(135deg,#475569,#334155);box-shadow:0 8px 24px rgba(15,23,42,.25)}',
    '.bdg{position:absolute;top:-2px;right:-2px;width:14px;height:14px;border-radius:50%;background:#ef4444;box-shadow:0 0 0 2px #fff}',
    // invitation card
    '.card{position:fixed;right:20px;bottom:86px;width:320px;max-width:calc(100vw - 40px);padding:16px;border-radius:16px;background:#fff;',
    'box-shadow:0 16px 40px rgba(15,23,42,.18),0 0 0 1px rgba(15,23,42,.06);animation:sb-up .25s ease-out}',
    '.who{display:flex;align-items:center;gap:10px;margin-bottom:8px}.who b{display:block;font-size:15px}.who small{display:block;color:var(--mute);font-size:12px}',
    '.av{flex:none;width:36px;height:36px;border-radius:50%;display:grid;place-items:center;color:#fff;font-weight:700;',
    'background:linear-gradient(135deg,var(--a),var(--a2))}',
    '.inv{margin:0 0 14px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}',
    '.row{display:flex;gap:8px}.btn{flex:1;height:38px;border-radius:10px;font-weight:600;background:#eef2ff;color:var(--a2)}',
    '.btn.pri{background:linear-gradient(135deg,var(--a),var(--a2));color:#fff}.btn:hover{filter:brightness(1.05)}',
    // window
    '.win{position:fixed;right:20px;bottom:86px;width:380px;height:600px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;',
    'border-radius:18px;overflow:hidden;background:var(--bg);box-shadow:0 24px 60px rgba(15,23,42,.25),0 0 0 1px rgba(15,23,42,.06);',
    'transform-origin:bottom right;animation:sb-up .2s ease-out}',
    'header{display:flex;align-items:center;gap:12px;padding:16px 14px 16px 18px;color:#fff;background:linear-gradient(135deg,var(--a),var(--a2))}',
    'header .av{background:rgba(255,255,255,.2)}header .av svg{width:20px;height:20px}',
    '.ht{flex:1;min-width:0}h2{margin:0;font-size:16px;font-weight:700;line-height:1.3}',
    '.sub{margin:2px 0 0;font-size:12px;opacity:.9;display:flex;align-items:center;gap:6px}',
    '.dot{flex:none;width:8px;height:8px;border-radius:50%;background:#4ade80;box-shadow:0 0 0 2px rgba(255,255,255,.3)}.off .dot{background:#cbd5e1}',
    '.tools{display:flex;gap:4px}',
    '.icon{flex:none;width:36px;height:36px;border-radius:10px;display:grid;place-items:center;color:#fff}.icon:hover{background:rgba(255,255,255,.16)}',
    '.icon svg{width:20px;height:20px}',
    '.body{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:16px 14px}',
    '.hi{margin:8px auto 16px;text-align:center;color:var(--mute);font-size:13px}',
    'ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}',
    '.msg{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}',
    '.msg.visitor{align-self:flex-end;align-items:flex-end}',
    '.msg .nm{font-size:12px;color:var(--mute);margin:0 0 3px 4px}',
    '.bub{padding:9px 13px;border-radius:16px 16px 16px 4px;background:#fff;box-shadow:0 1px 2px rgba(15,23,42,.08);',
    'white-space:pre-wrap;overflow-wrap:anywhere}',
    '.visitor .bub{border-radius:16px 16px 4px 16px;color:#fff;background:linear-gradient(135deg,var(--a),var(--a2))}',
    '.meta{display:flex;gap:6px;font-size:11px;color:#9ca3af;margin:3px 4px 0}',
    '.msg[data-state=sending] .bub{opacity:.6}',
    '.ev{align-self:center;max-width:90%;padding:3px 12px;border-radius:12px;background:#eceef3;color:var(--mute);font-size:12px;text-align:center;overflow-wrap:anywhere}',
    '.note{margin:0;padding:8px 14px;font-size:12.5px;line-height:1.45;color:#92400e;background:#fffbeb;border-top:1px solid #fde68a}',
    // pre-chat form
    'form.pre{margin-top:4px;padding:16px;border-radius:14px;background:#fff;box-shadow:0 1px 3px rgba(15,23,42,.08)}',
    '.pre p.lead{margin:0 0 12px;color:#374151}',
    '.fld{margin-bottom:12px}label{display:block;margin-bottom:4px;font-size:13px;font-weight:600;color:#374151}',
    'label i{font-style:normal;font-weight:400;color:var(--mute)}label b{color:#dc2626;font-weight:600}',
    '.fld input,.fld select,.fld textarea{display:block;width:100%;padding:9px 11px;border:1px solid #d1d5db;border-radius:10px;background:#fff;font-size:14px;outline:0}',
    '.fld textarea{resize:vertical;min-height:60px}',
    '.fld input:focus,.fld select:focus,.fld textarea:focus{border-color:var(--a);box-shadow:0 0 0 3px rgba(37,99,235,.18)}',
    '.fld [aria-invalid=true],.fld [aria-invalid=true]:focus{border-color:#dc2626;box-shadow:0 0 0 3px rgba(220,38,38,.14)}.err{margin:4px 0 0;color:#dc2626;font-size:12px}',
    '.go{width:100%;height:42px;border-radius:10px;color:#fff;font-weight:600;background:linear-gradient(135deg,var(--a),var(--a2))}',
    // composer
    'form.cmp{display:flex;align-items:flex-end;gap:8px;padding:10px 10px 10px 14px;background:#fff;border-top:1px solid var(--line)}',
    '.cmp textarea{flex:1;min-height:40px;max-height:120px;padding:9px 0;border:0;outline:0;resize:none;background:none;font-size:14px;line-height:22px}',
    '.send{flex:none;width:40px;height:40px;border-radius:12px;display:grid;place-items:center;color:#fff;background:linear-gradient(135deg,var(--a),var(--a2))}',
    '.send svg{width:18px;height:18px}.send:disabled{opacity:.4;cursor:default}',
    '@keyframes sb-up{from{opacity:0;transform:translateY(12px) scale(.98)}}@keyframes sb-pop{from{opacity:0;transform:scale(.8)}}',
    '@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}',
    // phones: the window becomes a full-screen sheet; the page under it keeps its own scroll.
    '@media (max-width:480px){.win{inset:0;width:auto;height:auto;max-height:none;border-radius:0}',
    // 16px inputs keep iOS Safari from zooming the page on focus; the home bar keeps its space.
    '.fld input,.fld select,.fld textarea,.cmp textarea{font-size:16px}form.cmp{padding-bottom:calc(10px + env(safe-area-inset-bottom,0px))}',
    '.launcher{right:16px;bottom:16px}.launcher.on{display:none}.card{right:12px;left:12px;width:auto;max-width:none;bottom:80px}.msg{max-width:88%}}'
  ].join('');

  var ICON_CHAT = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z"/><path d="M8.5 12h.01M12 12h.01M15.5 12h.01" stroke-width="3"/></svg>';
  var ICON_X = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';
  var ICON_SEND = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12l16-8-6 16-2.5-6.5z"/><path d="M11.5 13.5L20 4"/></svg>';

  // A constant skeleton (no server or visitor text ever goes through innerHTML); strings are
  // filled in with textContent and setAttribute below.
  var SKELETON =
    '<div class="sb">' +
    '<div class="card" data-sb="invitation" role="dialog" aria-labelledby="sb-inv-who" aria-describedby="sb-inv-text" hidden>' +
    '<div class="who"><span class="av" aria-hidden="true"></span><div><b id="sb-inv-who"></b><small></small></div></div>' +
    '<p class="inv" id="sb-inv-text"></p>' +
    '<div class="row"><button type="button" class="btn pri" data-sb="accept"></button><button type="button" class="btn" data-sb="decline"></button></div>' +
    '</div>' +
    '<section class="win" id="sb-win" data-sb="window" role="dialog" aria-labelledby="sb-title" hidden>' +
    '<header><span class="av" aria-hidden="true">' + ICON_CHAT + '</span>' +
    '<div class="ht"><h2 id="sb-title"></h2><p class="sub"><i class="dot"></i><span></span></p></div>' +
    // chat actions of the next protocol step (rating, end) go into .tools
    '<div class="tools"></div>' +
    '<button type="button" class="icon" data-sb="close">' + ICON_X + '</button></header>' +
    '<div class="body"><p class="hi"></p><ol role="log" aria-live="polite"></ol>' +
    '<form class="pre" data-sb="prechat" novalidate hidden><p class="lead"></p><div class="flds"></div><button type="submit" class="go"></button></form></div>' +
    '<p class="note" data-sb="status" role="status" hidden></p>' +
    // the attach button of the next protocol step goes before the input
    '<form class="cmp" novalidate><textarea data-sb="input" rows="1" maxlength="2000"></textarea>' +
    '<button type="submit" class="send" data-sb="send">' + ICON_SEND + '</button></form>' +
    '</section>' +
    '<button type="button" class="launcher" data-sb="launcher" aria-controls="sb-win" aria-haspopup="dialog" aria-expanded="false" hidden>' +
    ICON_CHAT.replace('<svg', '<svg class="ic-c"') + ICON_X.replace('<svg', '<svg class="ic-x"') + '<span class="lbl"></span><i class="bdg" data-sb="unread" hidden></i></button>' +
    '</div>';

  var ui = (function () {
    var host = null, root, $ = {}, fieldSig = '', inputs = [], pending = null;

    function q(sel) { return root.querySelector(sel); }
    function el(tag, cls, text) {
      var e = d.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      return e;
    }
    function hhmm(ms) {
      var x = new Date(ms);
      return ('0' + x.getHours()).slice(-2) + ':' + ('0' + x.getMinutes()).slice(-2);
    }

    function mount() {
      host = d.createElement('switchboard-widget');
      root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>' + CSS + '</style>' + SKELETON;
      $ = {
        sb: q('.sb'), card: q('.card'), accept: q('[data-sb=accept]'), decline: q('[data-sb=decline]'),
        win: q('.win'), close: q('[data-sb=close]'), body: q('.body'), hi: q('.hi'), log: q('ol'),
        pre: q('form.pre'), flds: q('.flds'), cmp: q('form.cmp'), input: q('[data-sb=input]'),
        send: q('[data-sb=send]'), launcher: q('[data-sb=launcher]'), lbl: q('.lbl'), note: q('.note'), h2: q('h2'),
        sub: q('.sub span'), bdg: q('.bdg')
      };
      $.sb.setAttribute('lang', LANG === 'zh' ? 'zh-CN' : 'en');
      if (COLOR) { $.sb.style.setProperty('--a', COLOR); $.sb.style.setProperty('--a2', COLOR); }
      q('.card small').textContent = t('invites');
      $.bdg.title = t('unread');
      $.accept.textContent = t('accept');
      $.decline.textContent = t('decline');
      $.close.setAttribute('aria-label', t('close'));
      $.close.title = t('close');
      $.log.setAttribute('aria-label', t('messages'));
      $.card.setAttribute('aria-label', t('invitation'));
      $.send.setAttribute('aria-label', t('send'));
      $.send.title = t('send');

      // Opening the window while an invitation is showing is the visitor's yes to it.
      $.launcher.addEventListener('click', function () { if (state.invitation && !state.open) accept(); else setOpen(!state.open, true); });
      $.close.addEventListener('click', function () { setOpen(false, true); });
      $.accept.addEventListener('click', accept);
      $.decline.addEventListener('click', decline);
      $.pre.addEventListener('submit', submitPrechat);
      $.cmp.addEventListener('submit', function (e) { e.preventDefault(); sendInput(); });
      $.input.addEventListener('keydown', function (e) {
        // Enter sends, Shift+Enter breaks the line; never while an IME is composing (pinyin!).
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); sendInput(); }
      });
      $.input.addEventListener('input', function () { grow(); tab(':draft', $.input.value); });
      root.addEventListener('keydown', function (e) {
        if (e.key !== 'Escape') return;
        if (!$.card.hidden && $.card.contains(root.activeElement)) decline();
        else if (state.open) setOpen(false, true);
      });
      state.log.forEach(function (m) { append(m); });
      state.out.forEach(sending);
      $.input.value = tab(':draft') || '';
      (d.body || d.documentElement).appendChild(host);
    }

    // Shows the launcher once the backend has welcomed this page (a blocked visitor never sees
    // it) and the config has said whether agents are in (so the wording does not flip).
    function ready() {
      if (state.blocked || !state.welcomed || !state.configured) return;
      if (!host) mount();
      $.launcher.hidden = false;
      if (!state.open && tab(':open') === '1') setOpen(true, false);
      render();
      if (pending) { var p = pending; pending = null; invite(p); }
    }

    function render() {
      if (!host) return;
      var served = state.conv && state.status === 'ACTIVE' && state.agent, off = !state.agentsAvailable && !served, note = '';
      $.sb.classList.toggle('off', off);
      $.launcher.classList.toggle('off', off);
      $.lbl.textContent = off ? t('leave') : t('chat');
      $.launcher.setAttribute('aria-label', state.open ? t('close') : (off ? t('leave') : t('open')));
      $.h2.textContent = served ? state.agent : t('title');
      $.sub.textContent = served ? t('serving') : off ? t('offline') : t('online');
      if (!state.welcomed) note = t('reconnecting');
      else if (state.conv && state.status === 'QUEUED') note = state.pos > 1 ? t('queued', state.pos - 1) : t(state.pos ? 'first' : 'waiting');
      $.note.textContent = note;
      $.note.hidden = !note;
      $.input.placeholder = off ? t('inputLeave') : t('input');
      q('.lead').textContent = off ? t('introLeave') : t('intro');
      q('.go').textContent = off ? t('next') : t('start');
      $.input.setAttribute('aria-label', $.input.placeholder);
      $.hi.textContent = state.returning ? t('back') : t('hi');
      $.hi.hidden = state.log.length + state.out.length > 0;
      buildFields();
      var needForm = state.fields.length > 0 && !state.answers && !state.conv;
      $.pre.hidden = !needForm;
      $.cmp.hidden = needForm;
    }

    // Rebuilds the pre-chat fields only when the form itself changed, so typing survives renders.
    function buildFields() {
      var sig = JSON.stringify(state.fields);
      if (sig === fieldSig) return;
      fieldSig = sig;
      $.flds.textContent = '';
      inputs = state.fields.map(function (f, i) {
        var box = el('div', 'fld'), id = 'sb-f' + i, input;
        var label = el('label', null, (LANG === 'zh' && f.labelZh) || f.label || f.key);
        label.htmlFor = id;
        if (f.required) { var star = el('b', null, ' *'); star.setAttribute('aria-hidden', 'true'); label.appendChild(star); }
        else label.appendChild(el('i', null, ' (' + t('optional') + ')'));
        if (f.type === 'QUESTION_TYPE') {
          input = el('select');
          input.appendChild(new Option(t('choose'), ''));
          (f.options || []).forEach(function (o) { input.appendChild(new Option(o, o)); });
        } else if (f.type === 'TEXT') {
          input = el('textarea');
          input.rows = 2;
          input.maxLength = 500;
        } else {
          input = el('input');
          input.type = f.type === 'PHONE' ? 'tel' : f.type === 'EMAIL' ? 'email' : 'text';
          input.autocomplete = f.type === 'PHONE' ? 'tel' : f.type === 'EMAIL' ? 'email' : f.type === 'NAME' ? 'name' : 'off';
          input.maxLength = 100;
        }
        input.id = id;
        input.name = f.key;
        input.setAttribute('data-sb', 'field-' + f.key);
        if (f.required) input.setAttribute('aria-required', 'true');
        var err = el('p', 'err');
        err.id = id + 'e';
        err.hidden = true;
        input.setAttribute('aria-describedby', err.id);
        input.addEventListener('input', function () { showError(input, err, ''); });
        box.appendChild(label); box.appendChild(input); box.appendChild(err);
        $.flds.appendChild(box);
        return { field: f, input: input, err: err };
      });
    }

    // An error message for the answer, or '' when it is acceptable. The server checks again.
    function validate(f, v) {
      if (!v) return f.required ? t('required') : '';
      var max = f.type === 'TEXT' ? 500 : 100;
      if (v.length > max) return t('long');
      if (f.type === 'EMAIL' && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v)) return t('email');
      // Digits with the usual separators; 5 to 15 digits covers short service numbers to E.164.
      if (f.type === 'PHONE' && !(/^\+?[\d\s().-]+$/.test(v) && /^\d{5,15}$/.test(v.replace(/\D/g, '')))) return t('phone');
      if (f.type === 'QUESTION_TYPE' && (f.options || []).indexOf(v) < 0) return t('required');
      if (f.pattern) {
        // The whole answer must match, as Java's String.matches does on the server; a pattern this
        // browser cannot compile is left to the server.
        var re = null;
        try { re = new RegExp('^(?:' + f.pattern + ')$'); } catch (e) { /* server-side only */ }
        if (re && !re.test(v)) return t('format');
      }
      return '';
    }

    function showError(input, err, message) {
      err.textContent = message;
      err.hidden = !message;
      if (message) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
    }

    function submitPrechat(e) {
      e.preventDefault();
      var answers = {}, first = null;
      inputs.forEach(function (x) {
        var value = x.input.value.trim(), message = validate(x.field, value);
        showError(x.input, x.err, message);
        if (message && !first) first = x.input;
        if (value) answers[x.field.key] = value;
      });
      if (first) { first.focus(); return; }
      state.answers = answers;
      chat.begin();
      render();
      $.input.focus();
    }

    function sendInput() {
      var text = $.input.value.trim();
      if (!text) return;
      $.input.value = '';
      tab(':draft', '');
      grow();
      chat.send(text);
    }

    function grow() {
      $.input.style.height = 'auto';
      $.input.style.height = Math.min($.input.scrollHeight, 120) + 'px';
    }

    // A line of the log: a message (the visitor's, an agent's) or an event such as "Alice joined".
    function line(m) {
      if (m.from === 'system') {
        var known = said(m.text), ev = el('li', 'ev', known ? t(known.key, known.name) : m.text);
        ev.setAttribute('data-sb', 'event');
        return ev;
      }
      var li = el('li', 'msg ' + (m.from === 'visitor' ? 'visitor' : 'agent')), meta = el('div', 'meta');
      li.setAttribute('data-sb', 'message');
      li.setAttribute('data-from', m.from);
      if (m.from !== 'visitor' && m.name) li.appendChild(el('span', 'nm', m.name));
      li.appendChild(el('div', 'bub', m.text));
      var time = el('time', null, hhmm(m.at));
      time.dateTime = new Date(m.at).toISOString();
      meta.appendChild(time);
      li.appendChild(meta);
      if (m.from === 'visitor') {
        meta.appendChild(el('span', 'ok'));
        mark(li, 'sent');
      }
      return li;
    }

    function mark(li, st) {
      li.setAttribute('data-state', st);
      li.querySelector('.ok').textContent = t(st);
    }

    // The visitor's own message, whether shown while sending or not. Ids are compared, not put in
    // a selector: they come from the server.
    function mine(cid) {
      var all = $.log.querySelectorAll('[data-cid]');
      for (var i = 0; i < all.length; i++) if (all[i].getAttribute('data-cid') === cid) return all[i];
      return null;
    }

    // Applied lines go above the messages still on their way; the visitor's own takes its place.
    function append(m, arrived) {
      if (!host) return;
      var li = m.cid && mine(m.cid);
      if (li) { li.classList.remove('pend'); mark(li, 'sent'); } else li = line(m);
      if (m.cid) li.setAttribute('data-cid', m.cid);
      var next = $.log.querySelector('.pend'), all = $.log.querySelectorAll('[data-seq]');
      if (m.seq) {
        li.setAttribute('data-seq', m.seq);
        for (var i = 0; i < all.length; i++) if (+all[i].getAttribute('data-seq') > m.seq) { next = all[i]; break; }
      }
      $.log.insertBefore(li, next);
      $.hi.hidden = true;
      $.body.scrollTop = $.body.scrollHeight;
      if (arrived && m.from === 'agent' && !state.open) $.bdg.hidden = false;
    }

    function sending(e) {
      if (!host) return;
      var li = line({ from: 'visitor', text: e.t, at: e.at });
      li.className += ' pend';
      li.setAttribute('data-cid', e.c);
      mark(li, 'sending');
      $.log.appendChild(li);
      $.hi.hidden = true;
      $.body.scrollTop = $.body.scrollHeight;
    }

    function unnumber() {
      if (host) Array.prototype.forEach.call($.log.querySelectorAll('[data-seq]'), function (li) { li.removeAttribute('data-seq'); });
    }

    function acked(cid) {
      var li = host && mine(cid);
      if (li) mark(li, 'sent');
    }

    // `user`: the visitor asked for it, so focus moves; a forced invitation never takes focus
    // away from what the visitor is doing on the page.
    function setOpen(open, user) {
      if (!host || state.blocked) return;
      var hadFocus = !!root.activeElement;
      state.open = open;
      tab(':open', open ? '1' : '0');
      $.win.hidden = !open;
      $.launcher.classList.toggle('on', open);
      $.launcher.setAttribute('aria-expanded', String(open));
      if (open) {
        $.bdg.hidden = true;
        hideCard();
        render();
        $.body.scrollTop = $.body.scrollHeight;
        if (user) {
          var target = !$.pre.hidden && inputs.length ? inputs[0].input : $.input;
          target.focus();
        }
        loadConfig();
      } else {
        render();
        if (hadFocus) $.launcher.focus();
      }
    }

    function invite(p) {
      if (!host) { pending = p; return; } // arrived before the config: shown by ready()
      var inv = { id: p.invitationId, text: String(p.message || ''), name: String(p.agentName || t('agent')) };
      send('invitation.shown', { invitationId: inv.id }, true);
      if (p.forced || state.open) {
        state.invitation = null;
        addMessage({ from: 'agent', text: inv.text, name: inv.name });
        setOpen(true, false);
        return;
      }
      state.invitation = inv;
      q('.card .av').textContent = inv.name.trim().charAt(0).toUpperCase() || '?';
      q('#sb-inv-who').textContent = inv.name;
      q('.inv').textContent = inv.text;
      $.card.hidden = false;
    }

    function hideCard() { $.card.hidden = true; }

    function accept() {
      var inv = state.invitation;
      if (!inv) return;
      state.invitation = null;
      send('invitation.accepted', { invitationId: inv.id }, true);
      hideCard();
      addMessage({ from: 'agent', text: inv.text, name: inv.name });
      setOpen(true, true);
    }

    function decline() {
      var inv = state.invitation, hadFocus = !!root.activeElement;
      if (!inv) return;
      state.invitation = null;
      send('invitation.declined', { invitationId: inv.id }, true);
      hideCard();
      if (hadFocus) $.launcher.focus();
    }

    function remove() {
      if (host && host.parentNode) host.parentNode.removeChild(host);
      host = null;
    }

    return { ready: ready, render: render, append: append, sending: sending, acked: acked, unnumber: unnumber, invite: invite, remove: remove, open: setOpen };
  })();

  // ---------------------------------------------------------------- page life
  w.addEventListener('pagehide', function () {
    send('leave', { seconds: Math.max(0, Math.round((Date.now() - pageStart) / 1000)) });
    // Closing lets the browser keep the page in its back/forward cache; pageshow reconnects.
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(beatTimer);
    if (ws) { var s = ws; ws = null; state.welcomed = false; try { s.close(1000); } catch (e) { /* gone */ } }
  });
  w.addEventListener('pageshow', function (e) {
    if (!e.persisted || state.blocked) return;
    stopped = false;
    pageStart = Date.now();
    attempt = 0;
    connect();
  });
  // Single-page sites change pages without a reload: report each pushState and back/forward move
  // once the app had a moment to set the new title.
  var lastUrl = location.href;
  function routed() {
    setTimeout(function () {
      if (location.href === lastUrl) return;
      var from = lastUrl;
      lastUrl = location.href;
      pageStart = Date.now();
      send('page', {
        url: cut(location.href), title: cut(d.title), referrer: cut(from),
        language: navigator.language || '', screen: screen.width + 'x' + screen.height
      });
    }, 50);
  }
  var pushState = history.pushState;
  history.pushState = function () {
    var result = pushState.apply(this, arguments);
    routed();
    return result;
  };
  w.addEventListener('popstate', routed);
  d.addEventListener('visibilitychange', beat);
  w.addEventListener('online', function () { if (!ws && !stopped) { attempt = 0; connect(); } });
  // The socket may take long to notice; what the visitor writes meanwhile waits in the outbox.
  w.addEventListener('offline', function () { if (ws) ws.close(); });

  w.Switchboard = Object.freeze({
    version: 1,
    open: function () { ui.open(true, true); },
    close: function () { ui.open(false, true); }
  });

  connect();
  loadConfig();
})(window, document);
