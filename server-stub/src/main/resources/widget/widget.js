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
  // The backend's preview page (/preview/SITE) sets data-preview: the widget then shows the previewed
  // settings (the attribute's token, or the saved ones when it is empty), opens no socket, so it is no
  // visitor to agents and starts no chat, and keeps its storage apart from the site's real chat.
  var PREVIEW = script.getAttribute('data-preview');
  var KEY = (PREVIEW == null ? 'switchboard:' : 'switchboard-preview:') + SITE;
  // A page's data-color wins over the site's colours (it was there first, and the page knows its own look).
  var COLOR = /^#[0-9a-f]{3,8}$/i.test(script.getAttribute('data-color') || '') ? script.getAttribute('data-color') : '';
  var HEX = /^#[0-9a-f]{6}$/i;
  var HEARTBEAT_MS = 20000;
  var MAX_BACKOFF_MS = 30000;
  var LOG_KEEP = 100;
  var SEND_BUDGET = 24; // frames per 10 s on one socket, well under the server's flood limit (60) whatever else is sent

  var STR = {
    zh: {
      title: '在线客服', chat: '在线咨询', leave: '给我们留言', open: '打开在线客服', close: '关闭聊天窗口',
      online: '客服在线 · 通常几分钟内回复', offline: '暂时无人在线，请留言，我们会尽快回复', closed: '非工作时间 · 请留言，我们上班后尽快回复',
      hi: '您好！有什么可以帮您？', back: '欢迎回来！有什么可以帮您？', input: '输入消息…',
      inputLeave: '请写下您的问题，我们会尽快联系您…', send: '发送', intro: '开始之前，请留下您的信息，方便客服更好地为您服务。',
      start: '开始咨询', next: '继续', introLeave: '现在暂时没有客服在线。留下您的联系方式和问题，我们会尽快回复您。', introClosed: '现在是非工作时间。留下您的联系方式和问题，我们上班后会尽快回复您。', choose: '请选择', required: '此项必填', email: '请输入有效的邮箱地址',
      phone: '请输入有效的电话号码', format: '格式不正确', long: '内容过长', agent: '客服', invites: '邀请您在线咨询',
      accept: '立即咨询', decline: '稍后再说', invitation: '客服邀请', messages: '聊天记录', optional: '选填',
      sending: '发送中…', serving: '正在为您服务', joined: '%s 加入了对话', waiting: '正在为您接通客服…',
      queued: '正在排队，您前面还有 %s 位', first: '正在排队，您是下一位', reconnecting: '网络已断开，正在重新连接…消息会在恢复后自动发出',
      unread: '有新消息', helps: '%s 加入对话协助', moved: '对话已转接给 %s', ended: '对话已结束', endedBy: '%s 结束了对话', file: '文件',
      sent: '✓ 已发送', delivered: '✓✓ 已送达', read: '✓✓ 已读', failed: '未能发送', typing: '%s 正在输入…', end: '结束对话', endAsk: '确定结束本次对话吗？',
      endYes: '结束对话', endNo: '继续聊', rateAsk: '请为本次服务评分', star: '%s 星', comment: '还有什么想告诉我们的？（选填）',
      rateSend: '提交评价', thanks: '感谢您的评价！', attach: '发送图片或文件', drop: '松开即可发送文件', remove: '移除文件',
      tooBig: '“%s”太大了，文件不能超过 10 MB，图片不能超过 2 亿像素', badType: '无法发送“%s”：只能发送图片、PDF 和文本文件，不能发送程序或脚本',
      damaged: '无法发送“%s”：文件是空的或已损坏', quota: '“%s”未能发送：可发送的文件数量或大小已达上限，请稍后再试',
      upFail: '“%s”未能发送，请检查网络后重试',
      earlier: '查看更早的对话', past: '%s 的对话', busy: '您所在网络发起的咨询太多，请过几分钟再试',
      option: '请从列表中选择', check: '请检查您填写的信息',
      // leave a message: nobody of the chat's group can answer now
      leaveNote: '暂时没有客服可以接待。请直接写下您的问题和联系方式，我们会尽快回复您。',
      leftNote: '您的留言已收到，我们会尽快回复。回复会显示在这里，您也可以先离开本页面。',
      privacy: '隐私提示：客服可以在您发送之前看到您正在输入的内容。',
      preview: '这是预览：这里不会发起对话。',
      // pushed messages and window ads
      pushReply: '回复', pushClose: '关闭', pushAd: '推荐'
    },
    en: {
      title: 'Chat with us', chat: 'Chat with us', leave: 'Leave a message', open: 'Open chat', close: 'Close chat',
      online: "We're online · usually reply in minutes", offline: "We're away. Leave a message and we'll get back to you.",
      closed: "We're closed now. Leave a message and we'll reply when we're open.",
      hi: 'Hi there! How can we help?', back: 'Welcome back! How can we help?', input: 'Type a message…',
      inputLeave: "Tell us your question and we'll get back to you…", send: 'Send', intro: 'Before we start, tell us a little about you.',
      start: 'Start chat', next: 'Continue', introLeave: "Nobody is online right now. Leave your details and question, and we'll get back to you.",
      introClosed: "We're closed now. Leave your details and question, and we'll get back to you when we're open.", choose: 'Choose…', required: 'This field is required', email: 'Enter a valid email address',
      phone: 'Enter a valid phone number', format: 'This does not look right', long: 'This is too long', agent: 'Support',
      invites: 'invites you to chat', accept: 'Chat now', decline: 'Not now', invitation: 'Invitation to chat',
      messages: 'Messages', optional: 'optional',
      sending: 'Sending…', serving: 'is here to help', joined: '%s joined the chat', waiting: 'Connecting you with an agent…',
      queued: 'In the queue: %s ahead of you', first: "In the queue: you're next", reconnecting: "Reconnecting… your messages will be sent when we're back",
      unread: 'New message', helps: '%s joined to help', moved: 'The chat was transferred to %s', ended: 'The chat has ended',
      endedBy: '%s ended the chat', file: 'File', sent: '✓ Sent', delivered: '✓✓ Delivered', read: '✓✓ Read', failed: 'Not sent', typing: '%s is typing…',
      end: 'End chat', endAsk: 'End this chat?', endYes: 'End chat', endNo: 'Keep chatting', rateAsk: 'How did we do?', star: '%s stars',
      comment: 'Anything else you want to tell us? (optional)', rateSend: 'Send rating', thanks: 'Thank you for your feedback!',
      attach: 'Send a picture or file', drop: 'Drop the file to send it', remove: 'Remove the file',
      tooBig: '“%s” is too large: files can be 10 MB and pictures 200 megapixels at most',
      badType: '“%s” cannot be sent: pictures, PDF and text files can, programs and scripts cannot',
      damaged: '“%s” cannot be sent: the file is empty or damaged',
      quota: '“%s” was not sent: no more files can be sent for now. Please try again later.',
      upFail: '“%s” was not sent. Check your connection and try again.', earlier: 'Show earlier chats', past: 'Chat of %s',
      busy: 'Too many chats from your network right now. Please try again in a few minutes.',
      option: 'Choose one of the options', check: 'Please check your answers',
      // leave a message: nobody of the chat's group can answer now
      leaveNote: "Nobody can answer right now. Write your question and how to reach you, and we'll get back to you soon.",
      leftNote: "Your message was left and we'll reply soon. The answer will appear here; you can leave this page meanwhile.",
      privacy: 'Privacy: our agents can see what you type before you send it.',
      preview: 'This is a preview: no chat starts here.',
      // pushed messages and window ads
      pushReply: 'Reply', pushClose: 'Close', pushAd: 'For you'
    }
  };
  // The host page's <html lang> wins over the browser's language: the page is what the visitor reads.
  var LANG = /^zh/i.test(d.documentElement.lang || navigator.language || '') ? 'zh' : 'en';
  function t(key, arg) { return STR[LANG][key].replace('%s', function () { return arg; }); }
  // The site's own text for this language (its look's greeting, offline message), else the widget's.
  function sited(own, key) {
    var text = own && own[LANG === 'zh' ? 'zh' : 'en'];
    return typeof text === 'string' && text.trim() ? text : t(key);
  }
  // Event lines say what happened in `event` (docs/protocol.md, "Event lines"); the English body is
  // the fallback for a type this widget does not know.
  function said(l) {
    var e = l.ev || {}, who = e.agentName || e.groupName;
    return e.type === 'JOINED' ? t('joined', who) : e.type === 'ASSIST_JOINED' ? t('helps', who)
      : e.type === 'TRANSFERRED' ? t('moved', who) : e.type === 'ENDED' ? (who ? t('endedBy', who) : t('ended')) : l.text;
  }
  function ymd(ms) {
    var x = new Date(ms);
    return x.getFullYear() + '-' + ('0' + (x.getMonth() + 1)).slice(-2) + '-' + ('0' + x.getDate()).slice(-2);
  }
  function size(n) { return n < 1048576 ? Math.max(1, Math.round(n / 1024)) + ' KB' : (n / 1048576).toFixed(1) + ' MB'; }

  // ---------------------------------------------------------------- storage
  // localStorage, and a first-party cookie (named `cookie`) when storage throws (Safari private
  // mode, blocked storage, quota); a cookie holds 4 KB, so it gets `small` when that is given.
  var COOKIE = (PREVIEW == null ? 'sb_' : 'sbp_') + SITE.replace(/[^\w-]/g, '_');
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
    agentsAvailable: true, // the config's site-wide answer: only if the socket's cannot be had
    avail: null, // {available, reason}: can anyone of the groups this visitor's chat may reach answer (availability)
    fields: [],
    answers: saved.answers || null, // pre-chat answers; chat.start carries them
    log: Array.isArray(saved.log) ? saved.log.slice(-LOG_KEEP) : [], // shown lines; server messages in seq order
    conv: saved.conv || null, // the conversation id
    seq: saved.log ? saved.seq || 0 : 0, // the last message applied: every message up to it is in `log`
    status: saved.status || null, // QUEUED or ACTIVE
    pos: saved.pos || 0, // place in the queue, 1 = next
    // Leave a message: the backend offered it for this waiting chat (chat.status `leaveMessage`: nobody
    // of the chat's group is online, or the wait grew too long). What the visitor writes stays in the
    // chat's queue for the group's agents (docs/protocol.md, "Leave a message").
    leave: !!saved.leave,
    agent: saved.agent || '', // who serves the chat
    want: !!saved.want, // a chat was asked for (pre-chat form sent) and has not started yet
    // [{c: clientId, t: text, at, a: attachmentId, f: file}] written, not yet acknowledged
    out: Array.isArray(saved.out) ? saved.out : [],
    readSeq: saved.readSeq || 0, // how far the agents have read
    dlvSeq: saved.dlvSeq || 0, // how far the agents' workstations hold the chat
    rated: saved.rated || 0, // the last conversation the visitor rated
    // {id, at}: an invitation the visitor answered (accepted, or a forced one shown) and no chat has
    // started from yet; the next chat starts from it (see formFields and chat.pump)
    invited: saved.invited || null,
    open: false,
    blocked: false,
    invitation: null,
    typingPreview: false, // the site shows agents what the visitor types before sending (welcome)
    look: {} // the site's colours, corner and texts (config)
  };
  // clientIds acknowledged or applied here, so that merging with another tab's outbox drops them.
  var gone = {};
  // Other tabs of the site write the same record: keep what another tab has applied further, and
  // whatever it still has to send (a message sent twice is stored once).
  function saveChat() {
    var old = store.get(CHAT) || {}, log = state.log, seq = state.seq, same = old.conv === state.conv;
    if (same && old.seq > seq && Array.isArray(old.log)) { log = old.log; seq = old.seq; }
    var out = state.out.map(function (e) { return { c: e.c, t: e.t, at: e.at, a: e.a, f: e.f }; }), mine = {};
    out.forEach(function (e) { mine[e.c] = 1; });
    (Array.isArray(old.out) ? old.out : []).forEach(function (e) { if (e && !mine[e.c] && !gone[e.c]) out.push(e); });
    store.set(CHAT, {
      answers: state.answers, log: log.slice(-LOG_KEEP), conv: state.conv, seq: seq, status: state.status,
      pos: state.pos, leave: state.leave, agent: state.agent, want: state.want, out: out, readSeq: Math.max(state.readSeq, same && old.readSeq || 0),
      dlvSeq: Math.max(state.dlvSeq, same && old.dlvSeq || 0),
      rated: Math.max(state.rated, old.rated || 0), invited: state.invited
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
      // 4429: too many sockets from this address; the longest wait before trying again
      if (e.code === 4429) { state.crowded = true; attempt = Math.max(attempt, 5); }
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

  // The chat messages sent lately by id, so that an `error` (which names the refused message's id
  // as `ref`) can be told apart: a refused chat.message, a conversation that is not this visitor's.
  var refs = {}, refIds = [];
  function raw(sock, type, payload) {
    var id = rid();
    sentAt.push(Date.now());
    if (/^(chat\.|avail)/.test(type)) {
      refs[id] = [type, payload];
      if (refIds.push(id) > 100) delete refs[refIds.shift()];
    }
    sock.send(JSON.stringify({ type: type, id: id, payload: payload }));
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
      state.crowded = false;
      state.returning = !!p.returning;
      state.typingPreview = !!p.typingPreview;
      attempt = 0;
      if (p.prechat && Array.isArray(p.prechat.fields)) state.fields = p.prechat.fields;
      clearInterval(beatTimer);
      beatTimer = setInterval(beat, HEARTBEAT_MS);
      var queued = outbox; outbox = [];
      queued.forEach(function (m) { send(m[0], m[1], true); });
      chat.welcome();
      send('push.pending', {}); // pushes sent to earlier pages, still pending (docs/protocol.md); come before the availability
      askAvail();
      ui.ready();
    },
    availability: function (p) { state.avail = p; ui.ready(); },
    invitation: function (p) { ui.invite(p); },
    push: function (p) { pushes.receive(p); },
    blocked: function () { block(); },
    // A message of the remembered conversation answered 404 or 409: it is not (or no longer) this
    // visitor's, so what is unsent goes into a new one. A message refused for itself (400, 403) is
    // shown as not sent. Anything else is nothing the visitor can act on; the server logs it.
    error: function (p) {
      var r = refs[p.ref] || [], st = (p.problem || {}).status, body = r[1] || {};
      if (r[0] === 'chat.start' && st === 429) chat.startRefused();
      else if (r[0] === 'chat.start' && st === 400) chat.answersRefused(p.problem.errors || []);
      else if (r[0] === 'chat.message' && (st === 400 || st === 403)) chat.refused(body.clientId);
      else if (r[0] === 'availability.ask') handlers.availability({ available: state.agentsAvailable });
      else if ((st === 404 || st === 409) && /^chat\.(message|resume)$/.test(r[0]) && body.conversationId === state.conv && !chat.starting) chat.lost();
    },
    'chat.started': function (p) { chat.started(p); },
    'chat.status': function (p) { chat.status(p); },
    'chat.message': function (p) { chat.take(p); },
    'chat.ack': function (p) { chat.ack(p); },
    'chat.ended': function (p) { if (p.conversationId === state.conv) chat.ended(); },
    'chat.typing': function (p) { chat.typing(p); },
    'chat.read': function (p) { chat.read(p); },
    'chat.delivered': function (p) { chat.delivered(p); },
    'chat.history': function (p) { chat.past(p); }
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

  // A new chat needs the pre-chat form filled in first.
  function needsAnswers() {
    return formFields().length > 0 && !state.answers && (!state.conv || state.status === 'ENDED');
  }

  // Availability (docs/protocol.md): for the pre-chat question answered, else the one picked so far
  // in the form (null: the groups of every answer); asked on each welcome, open and pick.
  var picked = null;
  function askAvail() {
    var f = state.fields.filter(function (x) { return x.type === 'QUESTION_TYPE'; })[0];
    send('availability.ask', { questionType: (f && state.answers ? state.answers[f.key] : picked) || null });
  }

  // ---------------------------------------------------------------- invitations answered
  // A visitor who answers an invitation is asked as little as possible: the form's name fields, none
  // required, and no question type (the backend checks the same; docs/protocol.md, "Chats from
  // invitations"). The chat then starts from the invitation: its text becomes the chat's stored first
  // line, which replaces the line shown here on accepting, and the inviting agent gets the chat.
  var INVITED_FOR_MS = 30 * 60000; // the backend accepts an hour; an answer this old is a new visit's
  function invitedNow() {
    return state.invited && Date.now() - state.invited.at < INVITED_FOR_MS ? state.invited : null;
  }
  function formFields() {
    if (!invitedNow()) return state.fields;
    return state.fields.filter(function (f) { return f.type === 'NAME'; })
      .map(function (f) { return Object.assign({}, f, { required: false }); });
  }
  function answered(inv) {
    state.invited = { id: inv.id, at: Date.now() };
    addMessage({ from: 'agent', text: inv.text, name: inv.name, inv: inv.id });
  }

  // On load, and again when the window opens (agents come and go) at most every 30 s. The form
  // comes with the welcome too, and that one counts once here, unless `form` asks for the latest.
  var configAt = 0;
  function loadConfig(form) {
    if (!w.fetch) { state.configured = true; return; }
    if (Date.now() - configAt < 30000) return;
    configAt = Date.now();
    var url = ORIGIN + '/api/v1/widget/config?site=' + encodeURIComponent(SITE);
    if (PREVIEW != null) url += '&preview=' + encodeURIComponent(PREVIEW) + (script.hasAttribute('data-preview-offline') ? '&offline=1' : '');
    fetch(url, { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (c) {
        if (c && !state.blocked) {
          state.agentsAvailable = c.agentsAvailable !== false;
          if (c.look && typeof c.look === 'object') state.look = c.look;
          if ((form || !state.welcomed || PREVIEW != null) && c.prechat && Array.isArray(c.prechat.fields)) state.fields = c.prechat.fields;
          if (PREVIEW != null) { state.typingPreview = !!c.typingPreview; state.welcomed = true; state.avail = { available: state.agentsAvailable }; } // a preview has no socket to ask
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
  // agents wrote notes, which never come here: a message after a gap waits in `held` while the
  // widget asks for what follows its last number; the answer ends with a chat.status whose `seq`
  // says how far it is complete, so any number below it that never came was a note and the held
  // messages apply. Every welcome resumes after the last applied seq.
  var MAX_FILE = 10 * 1024 * 1024;
  var conn = 0, flight = {}, held = {}, have = {}, asking = null, pumpTimer = 0;
  var START_PAUSE_MS = 60000, refusedAt = 0; // a start refused for too many chats from this address waits a minute
  var ups = []; // files on their way up: {c, t: caption, file, at, x: the request once started}
  var typers = {}, typersTimer = 0, typingAt = 0, typingOff = 0, readSent = 0, readTimer = 0, pastAsked = false;
  var draftSent = '', draftAt = 0, draftTimer = 0; // the typing preview's last text sent, when, and its next send
  // gotSeq: the newest agent message this page holds; dlvSent: the last chat.delivered this connection sent
  var gotSeq = 0, dlvSent = 0, dlvTimer = 0;
  // pastPending: history pages asked for on this connection and not yet answered; pastStale: how
  // many of them were asked for a log that has since been cleared (answers come in the order asked)
  var pastPending = 0, pastStale = 0;
  state.log.forEach(function (l) { if (l.seq) have[l.seq] = 1; if (l.from === 'agent') gotSeq = Math.max(gotSeq, l.seq || 0); });
  function fileOf(a) {
    return a && { id: a.id, name: String(a.fileName || ''), type: a.mediaType, size: a.size, thumb: !!a.thumbnail, w: a.width, h: a.height };
  }
  // A ChatMessage as a line of the log.
  function lineOf(m) {
    var l = { seq: m.seq, text: String(m.body || ''), at: m.at || Date.parse(m.createdAt) || Date.now(), file: m.file || fileOf(m.attachment) };
    if (m.senderType === 'VISITOR') { l.from = 'visitor'; l.cid = m.clientId; }
    else if (m.senderType === 'SYSTEM') { l.from = 'system'; l.ev = m.event || null; }
    else { l.from = 'agent'; l.name = String(m.senderName || t('agent')); }
    return l;
  }
  var chat = {
    starting: false,

    send: function (text) {
      var e = { c: rid(), t: text, at: Date.now() };
      chat.quiet();
      chat.drafted();
      state.out.push(e);
      saveChat();
      ui.sending(e);
      chat.pump();
    },

    // A file with its caption: uploaded once the chat is there, then sent like a message.
    attach: function (file, caption) {
      var u = { c: rid(), t: caption, file: file, at: Date.now() };
      chat.quiet();
      chat.drafted();
      ups.push(u);
      ui.sending(u);
      if (!state.conv || state.status === 'ENDED') { state.want = true; saveChat(); }
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
      // what was asked on the last connection is never answered
      pastPending = pastStale = 0;
      chat.starting = false;
      chat.resume();
      // a receipt lost with the last connection goes again (the server passes on only a mark that moves)
      dlvSent = 0;
      chat.got();
      chat.pump();
      if (state.open) chat.history();
    },

    resume: function () {
      asking = state.conv;
      if (state.conv) send('chat.resume', { conversationId: state.conv, after: state.seq });
    },

    // Starts the chat when something waits for it, then sends what this connection has not sent, in order.
    pump: function () {
      clearTimeout(pumpTimer);
      if (!live()) return;
      if (!state.conv || state.status === 'ENDED') {
        var pause = refusedAt + START_PAUSE_MS - Date.now();
        if (pause > 0) { pumpTimer = setTimeout(chat.pump, pause); return; }
        if ((state.want || state.out.length || ups.length) && !chat.starting && !needsAnswers()) {
          chat.starting = true;
          var start = { prechat: state.answers || {} }, inv = invitedNow();
          if (inv) start.invitationId = inv.id;
          send('chat.start', start);
        }
        return;
      }
      ups.forEach(function (u) { if (!u.x) chat.upload(u); });
      for (var i = 0; i < state.out.length; i++) {
        var e = state.out[i], wait = paced();
        if (flight[e.c] === conn) continue;
        if (wait) { pumpTimer = setTimeout(chat.pump, wait); return; }
        flight[e.c] = conn;
        send('chat.message', { conversationId: state.conv, clientId: e.c, text: e.t, attachmentId: e.a });
      }
    },

    // The bytes go up with the visitor's id and token in headers (never the URL); the file joins the
    // outbox as a message naming it once the server has it. XHR rather than fetch: it reports progress.
    upload: function (u) {
      var x = u.x = new XMLHttpRequest(), id = state.identity;
      x.open('POST', ORIGIN + '/api/v1/widget/attachments?conversationId=' + state.conv + '&name=' + encodeURIComponent(u.file.name || 'file'));
      x.setRequestHeader('X-Visitor-Id', id.visitorId);
      x.setRequestHeader('X-Visitor-Token', id.token);
      x.upload.onprogress = function (e) { if (e.lengthComputable) ui.progress(u.c, e.loaded / e.total); };
      x.onload = function () {
        var a = null;
        try { a = JSON.parse(x.responseText); } catch (e) { /* not an attachment */ }
        if (x.status !== 201 || !a || !a.id) return chat.upFailed(u, x.status);
        ups.splice(ups.indexOf(u), 1);
        state.out.push({ c: u.c, t: u.t, at: u.at, a: a.id, f: fileOf(a) });
        saveChat();
        ui.progress(u.c, -1);
        chat.pump();
      };
      x.onerror = function () { chat.upFailed(u, 0); };
      x.send(u.file);
    },

    upFailed: function (u, status) {
      ups.splice(ups.indexOf(u), 1);
      var why = { 400: 'damaged', 413: 'tooBig', 415: 'badType', 429: 'quota' }[status] || 'upFail';
      ui.upError(u, t(why, u.file.name));
    },

    // Too many chats from the visitor's address (an office or carrier network, or a flood): say so and
    // try again after a pause; what the visitor wrote stays in the outbox.
    startRefused: function () {
      chat.starting = false;
      state.busy = true;
      refusedAt = Date.now();
      ui.render();
      chat.pump();
    },

    started: function (p) {
      chat.starting = false;
      state.busy = false;
      state.want = false;
      if (p.conversationId !== state.conv) chat.adopt(p.conversationId);
      if (!state.status || state.status === 'ENDED') state.status = p.status;
      state.invited = null; // the chat started (from it, if it still could)
      // An open chat that was answered (another tab started it) comes with its history.
      chat.resume();
      saveChat();
      ui.render();
      chat.pump();
    },

    // The next message starts a new chat; this one stays on screen, with the survey.
    ended: function () {
      if (state.status === 'ENDED') return;
      state.status = 'ENDED';
      chat.quiet();
      typers = {};
      ui.typing();
      saveChat();
      ui.render();
    },

    status: function (p) {
      if (!chat.mine(p.conversationId)) return;
      // A resume's status is as of its seq: when a later line came meanwhile (the agent joined
      // while it was read), the newer news stand.
      if (p.status === 'ENDED') chat.ended();
      else if (state.status !== 'ENDED' && !(p.seq != null && p.seq < state.seq)) {
        state.status = p.status;
        if (p.position != null) state.pos = p.position;
        if (p.agentName) state.agent = String(p.agentName);
        // a resume's status leaves the offer out: only a queue announcement turns it on or off
        if (p.leaveMessage != null) state.leave = !!p.leaveMessage;
        if (p.status !== 'QUEUED') state.leave = false;
        saveChat();
        ui.render();
      }
      if (p.seq != null) chat.complete(p.seq);
    },

    ack: function (p) {
      var e = null;
      state.out = state.out.filter(function (x) { if (x.c !== p.clientId) return true; e = x; return false; });
      if (!e) return;
      gone[e.c] = 1;
      ui.acked(e.c);
      // The ack says where the message stands; it applies in its turn (its echo is then a repeat).
      chat.take({ conversationId: p.conversationId, seq: p.seq, clientId: e.c, senderType: 'VISITOR', body: e.t, at: e.at, file: e.f });
      saveChat();
    },

    // The server refused this message for itself (say, a file of an earlier chat): it is not sent again.
    refused: function (cid) {
      state.out = state.out.filter(function (x) { return x.c !== cid; });
      gone[cid] = 1;
      saveChat();
      ui.failed(cid);
    },

    // A ChatMessage from the server (or rebuilt from an ack).
    take: function (m) {
      if (!m || !(m.seq > 0) || !chat.mine(m.conversationId) || have[m.seq]) return;
      held[m.seq] = m;
      chat.flush();
    },

    // Applies what is held in order up to a gap, and asks for what follows when one remains.
    flush: function () {
      var seqs = Object.keys(held).map(Number).sort(function (a, b) { return a - b; }), applied = false;
      for (var i = 0; i < seqs.length && seqs[i] <= state.seq + 1; i++) {
        chat.apply(held[seqs[i]]);
        delete held[seqs[i]];
        applied = true;
      }
      if (i < seqs.length && asking !== state.conv) chat.resume();
      if (applied) { saveChat(); ui.render(); chat.seen(); }
    },

    // Everything for this page up to `upTo` has come: a number below it that never came was a note.
    complete: function (upTo) {
      asking = null;
      Object.keys(held).map(Number).sort(function (a, b) { return a - b; }).forEach(function (seq) {
        if (seq <= upTo) { chat.apply(held[seq]); delete held[seq]; }
      });
      state.seq = Math.max(state.seq, upTo);
      chat.flush();
      saveChat();
      ui.render();
    },

    apply: function (m) {
      var l = lineOf(m), ev = l.ev || {};
      have[m.seq] = 1;
      state.seq = Math.max(state.seq, m.seq);
      if (l.from === 'visitor') {
        gone[m.clientId] = 1;
        state.out = state.out.filter(function (x) { return x.c !== m.clientId; });
      } else if (l.from === 'agent') {
        gotSeq = Math.max(gotSeq, m.seq);
        chat.got();
        delete typers[l.name];
        ui.typing();
        // A served chat whose status this page missed (it was offline when the agent came).
        if (state.status !== 'ACTIVE' && state.status !== 'ENDED') { state.status = 'ACTIVE'; state.agent = l.name; state.leave = false; }
      } else if (state.status !== 'ENDED' && (ev.type === 'JOINED' || (ev.type === 'TRANSFERRED' && ev.agentName))) {
        state.status = 'ACTIVE';
        state.agent = ev.agentName;
        state.leave = false;
      } else if (ev.type === 'TRANSFERRED' && state.status !== 'ENDED') {
        state.status = 'QUEUED';
        state.pos = 0;
      }
      // the invitation's text, stored as the chat's first line, replaces the one shown on accepting
      var invited = /^invitation-(\d+)$/.exec(m.senderType === 'AGENT' && m.clientId || '');
      if (invited) {
        state.log = state.log.filter(function (x) { return String(x.inv) !== invited[1]; });
        ui.unshow(invited[1]);
      }
      for (var i = 0; i < state.log.length && !(state.log[i].seq > m.seq); i++) { /* finds the place */ }
      state.log.splice(i, 0, l);
      if (state.log.length > LOG_KEEP) state.log.shift();
      ui.append(l, true);
      if (ev.type === 'ENDED') chat.ended();
    },

    // Whether a message of conversation `id` is for this page's chat; a newer conversation of this
    // visitor (one tab started it, or the old one ended) replaces the remembered one.
    mine: function (id) {
      if (!id || (state.conv && id < state.conv)) return false;
      if (id !== state.conv) { chat.adopt(id); chat.resume(); }
      return true;
    },

    // A new conversation: the lines of the one before leave the log (they are among the earlier
    // chats, asked of the server again); an invitation's text, which has no number, stays.
    adopt: function (id) {
      var before = state.conv;
      state.log = state.log.filter(function (l) { return !l.seq; });
      ui.clear();
      // a page asked for before now answers for the conversation before: it would put back, out
      // of order, what the page asked of the new conversation shows again
      pastStale = pastPending;
      have = {};
      held = {};
      typers = {};
      state.conv = id;
      state.seq = 0;
      state.status = null;
      state.pos = 0;
      state.leave = false;
      state.agent = '';
      state.want = false;
      state.readSeq = state.dlvSeq = 0;
      readSent = gotSeq = dlvSent = 0;
      if (before) { pastAsked = false; if (state.open) chat.history(); }
    },

    // The server checks the pre-chat answers again and refused them: this page's form is out of
    // date (the administrator changed it), or the answers never passed through it. The form comes
    // back, current, with the server's reasons; what waits to be sent goes once it is filled in.
    answersRefused: function (errors) {
      chat.starting = false;
      state.answers = null;
      state.invited = null; // the invitation could not start the chat: the whole form applies
      saveChat();
      configAt = 0;
      loadConfig(true);
      ui.answersRefused(errors);
    },

    // The remembered conversation cannot be reached: what is unsent starts a new one.
    lost: function () {
      chat.adopt(null);
      flight = {};
      saveChat();
      ui.render();
      chat.pump();
    },

    // The visitor's earlier chats, once per page when the window is open; `before`: the next page.
    history: function (before) {
      if (!live() || (pastAsked && !before)) return;
      pastAsked = true;
      pastPending++;
      send('chat.history', { before: before || state.conv || null });
    },

    // A page of earlier chats, unless it was asked for before the log was last cleared.
    past: function (p) {
      if (pastPending) pastPending--;
      if (pastStale) {
        pastStale--;
        return;
      }
      ui.past(p);
    },

    // The visitor types: agents hear it at most every 3 s, and that it stopped after 4 s of quiet.
    typed: function () {
      if (!state.conv || state.status === 'ENDED' || !live()) return;
      clearTimeout(typingOff);
      typingOff = setTimeout(chat.quiet, 4000);
      if (Date.now() - typingAt < 3000) return;
      typingAt = Date.now();
      send('chat.typing', { conversationId: state.conv, typing: true });
    },

    // Typing preview (docs/protocol.md, "Typing preview"): where the site shows agents what the visitor
    // types, the input's text goes as chat.draft at most once a second (the latest, also after a
    // pause) and again every 15 s while it stays, so agents never take an old draft for a current
    // one. Only on such sites (the welcome says so, and the widget's privacy note tells the visitor),
    // only in an open chat, and never at the cost of a message: it waits for the send budget.
    draft: function (renew) {
      clearTimeout(draftTimer);
      if (!state.typingPreview || !state.conv || state.status === 'ENDED' || !live()) return;
      var text = ui.inputText().slice(0, 2000), wait = Math.max(draftAt + 1000 - Date.now(), paced());
      if (text === draftSent && !renew) return;
      if (wait > 0) { draftTimer = setTimeout(function () { chat.draft(renew); }, wait); return; }
      draftAt = Date.now();
      draftSent = text;
      send('chat.draft', { conversationId: state.conv, text: text });
      if (text) draftTimer = setTimeout(function () { chat.draft(true); }, 15000);
    },

    // The text was sent (or taken away for a file's caption): agents drop the preview with the message.
    drafted: function () {
      clearTimeout(draftTimer);
      draftSent = '';
    },

    quiet: function () {
      clearTimeout(typingOff);
      if (!typingAt) return;
      typingAt = 0;
      if (state.conv) send('chat.typing', { conversationId: state.conv, typing: false });
    },

    // An agent types; a signal not renewed within 6 s has lapsed (the "stopped" may have been lost).
    typing: function (p) {
      if (p.conversationId !== state.conv || !p.name || state.status === 'ENDED') return;
      if (p.typing) typers[p.name] = Date.now() + 6000; else delete typers[p.name];
      ui.typing();
    },

    whoTypes: function () {
      var now = Date.now(), names = [], next = Infinity;
      Object.keys(typers).forEach(function (n) {
        if (typers[n] > now) { names.push(n); next = Math.min(next, typers[n]); } else delete typers[n];
      });
      clearTimeout(typersTimer);
      if (names.length) typersTimer = setTimeout(ui.typing, next - now + 50);
      return names;
    },

    // The visitor has seen what is in the open window of a visible page: the agents are told.
    seen: function () {
      clearTimeout(readTimer);
      readTimer = setTimeout(function () {
        if (!state.open || d.visibilityState === 'hidden' || !state.conv || state.seq <= readSent || !live()) return;
        readSent = state.seq;
        send('chat.read', { conversationId: state.conv, seq: state.seq });
      }, 300);
    },

    // How far the agents have read: the visitor's messages up to it show as read.
    read: function (p) {
      if (p.conversationId !== state.conv || !(p.seq > state.readSeq)) return;
      state.readSeq = p.seq;
      saveChat();
      ui.reads();
    },

    // Agent messages reached this page: the agents hear how far, at most every 250 ms (only the
    // newest number, only when it went up) and within the socket's send budget.
    got: function (wait) {
      if (!dlvTimer) dlvTimer = setTimeout(function () {
        dlvTimer = 0;
        if (!state.conv || gotSeq <= dlvSent || !live()) return;
        if (paced()) return chat.got(paced());
        dlvSent = gotSeq;
        send('chat.delivered', { conversationId: state.conv, seq: gotSeq });
      }, wait || 250);
    },

    // How far an agent's workstation holds the chat: the visitor's messages up to it show as delivered.
    delivered: function (p) {
      if (p.conversationId !== state.conv || !(p.seq > state.dlvSeq)) return;
      state.dlvSeq = p.seq;
      saveChat();
      ui.reads();
    },

    end: function () {
      if (state.conv && state.status !== 'ENDED') send('chat.end', { conversationId: state.conv }, true);
    },

    rate: function (stars, comment) {
      state.rated = state.conv;
      saveChat();
      send('chat.rate', { conversationId: state.conv, rating: stars, comment: comment || null }, true);
    },

    // A file as an object URL, fetched with the visitor's headers (an <img> or a link cannot send them).
    blob: function (id, thumb) {
      var key = id + (thumb ? '/t' : '');
      if (!blobs[key]) {
        blobs[key] = fetch(ORIGIN + '/api/v1/widget/attachments/' + encodeURIComponent(id) + (thumb ? '?thumbnail=true' : ''), {
          credentials: 'omit', headers: { 'X-Visitor-Id': state.identity.visitorId, 'X-Visitor-Token': state.identity.token }
        }).then(function (r) { if (!r.ok) throw new Error(r.status); return r.blob(); })
          .then(function (b) { return URL.createObjectURL(b); });
        blobs[key].catch(function () { delete blobs[key]; });
      }
      return blobs[key];
    }
  };
  var blobs = {};

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
    '.sb{--a:#2563eb;--a2:#4f46e5;--on:#fff;--x:20px;--y:20px;--ink:#111827;--mute:#6b7280;--line:#e5e7eb;--bg:#f6f7fb;',
    'font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;',
    'color:var(--ink);text-align:left;letter-spacing:normal;-webkit-font-smoothing:antialiased}',
    'button,input,select,textarea{font:inherit;color:inherit;margin:0;letter-spacing:inherit;text-transform:none}',
    'button{cursor:pointer;border:0;background:none;padding:0}',
    ':focus-visible{outline:3px solid rgba(37,99,235,.45);outline-offset:2px}',
    'svg{display:block;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}',
    // launcher
    '.launcher{position:fixed;right:var(--x);bottom:var(--y);display:flex;align-items:center;gap:8px;height:52px;padding:0 20px 0 16px;',
    'border-radius:26px;color:var(--on);background:linear-gradient(135deg,var(--a),var(--a2));font-weight:600;font-size:15px;',
    'box-shadow:0 8px 24px rgba(37,99,235,.35),0 2px 6px rgba(0,0,0,.12);transition:transform .15s,box-shadow .15s;animation:sb-pop .3s ease-out}',
    '.launcher:hover{transform:translateY(-2px);box-shadow:0 12px 28px rgba(37,99,235,.4),0 2px 6px rgba(0,0,0,.12)}',
    '.launcher svg{width:24px;height:24px}.launcher .ic-x{display:none}',
    '.launcher.on{width:52px;padding:0;justify-content:center}.launcher.on .ic-c,.launcher.on .lbl{display:none}.launcher.on .ic-x{display:block}',
    '.launcher.off{background:linear-gradient(135deg,#475569,#334155);box-shadow:0 8px 24px rgba(15,23,42,.25)}',
    '.bdg{position:absolute;top:-2px;right:-2px;width:14px;height:14px;border-radius:50%;background:#ef4444;box-shadow:0 0 0 2px #fff}',
    // invitation card
    '.card{position:fixed;right:var(--x);bottom:calc(var(--y) + 66px);width:320px;max-width:calc(100vw - 40px);padding:16px;border-radius:16px;background:#fff;',
    'box-shadow:0 16px 40px rgba(15,23,42,.18),0 0 0 1px rgba(15,23,42,.06);animation:sb-up .25s ease-out}',
    '.who{display:flex;align-items:center;gap:10px;margin-bottom:8px}.who b{display:block;font-size:15px}.who small{display:block;color:var(--mute);font-size:12px}',
    '.av{flex:none;width:36px;height:36px;border-radius:50%;display:grid;place-items:center;color:var(--on);font-weight:700;',
    'background:linear-gradient(135deg,var(--a),var(--a2))}',
    '.inv{margin:0 0 14px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}',
    '.row{display:flex;gap:8px}.btn{flex:1;height:38px;border-radius:10px;font-weight:600;background:#eef2ff;color:var(--a2)}',
    '.btn.pri{background:linear-gradient(135deg,var(--a),var(--a2));color:var(--on)}.btn:hover{filter:brightness(1.05)}',
    // window
    '.win{position:fixed;right:var(--x);bottom:calc(var(--y) + 66px);width:380px;height:600px;max-height:calc(100vh - var(--y) - 90px);display:flex;flex-direction:column;',
    'border-radius:18px;overflow:hidden;background:var(--bg);box-shadow:0 24px 60px rgba(15,23,42,.25),0 0 0 1px rgba(15,23,42,.06);',
    'transform-origin:bottom right;animation:sb-up .2s ease-out}',
    'header{display:flex;align-items:center;gap:12px;padding:16px 14px 16px 18px;color:var(--on);background:linear-gradient(135deg,var(--a),var(--a2))}',
    'header .av{background:rgba(255,255,255,.2)}header .av svg{width:20px;height:20px}',
    '.ht{flex:1;min-width:0}h2{margin:0;font-size:16px;font-weight:700;line-height:1.3}',
    '.sub{margin:2px 0 0;font-size:12px;opacity:.9;display:flex;align-items:center;gap:6px}',
    '.dot{flex:none;width:8px;height:8px;border-radius:50%;background:#4ade80;box-shadow:0 0 0 2px rgba(255,255,255,.3)}.off .dot{background:#cbd5e1}',
    '.tools{display:flex;gap:4px}',
    '.icon{flex:none;width:36px;height:36px;border-radius:10px;display:grid;place-items:center;color:var(--on)}.icon:hover{background:rgba(255,255,255,.16)}',
    '.icon svg{width:20px;height:20px}',
    '.body{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:16px 14px}',
    '.hi{margin:8px auto 16px;text-align:center;color:var(--mute);font-size:13px}',
    'ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}',
    '.msg{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}',
    '.msg.visitor{align-self:flex-end;align-items:flex-end}',
    '.msg .nm{font-size:12px;color:var(--mute);margin:0 0 3px 4px}',
    '.bub{padding:9px 13px;border-radius:16px 16px 16px 4px;background:#fff;box-shadow:0 1px 2px rgba(15,23,42,.08);',
    'white-space:pre-wrap;overflow-wrap:anywhere}',
    '.visitor .bub{border-radius:16px 16px 4px 16px;color:var(--on);background:linear-gradient(135deg,var(--a),var(--a2))}',
    '.meta{display:flex;gap:6px;font-size:11px;color:#9ca3af;margin:3px 4px 0}',
    '.msg[data-state=sending] .bub{opacity:.6}.msg[data-state=read] .ok{color:var(--a)}.msg[data-state=failed] .ok{color:#dc2626}',
    // files: a thumbnail or a download chip, the caption under it
    '.pic,.doc{display:block;max-width:100%;border-radius:10px;overflow:hidden;text-align:left}',
    '.pic img{display:block;max-width:100%;height:auto;min-width:48px;min-height:48px;background:#e5e7eb}',
    '.doc{display:flex;align-items:center;gap:8px;padding:2px 0;color:inherit;overflow-wrap:anywhere}.doc span{text-decoration:underline}',
    '.doc svg{flex:none;width:20px;height:20px}.doc small{opacity:.75;white-space:nowrap}.cap{display:block;margin-top:6px}',
    '.cap:empty{display:none}.bar{height:4px;margin-top:6px;border-radius:2px;background:rgba(255,255,255,.35);overflow:hidden}',
    '.bar i{display:block;height:100%;width:0;background:#fff;transition:width .2s}',
    '.ev.err{background:#fef2f2;color:#b91c1c}.sep{align-self:center;font-size:12px;color:var(--mute)}',
    '.past{margin-bottom:10px;padding-bottom:10px;border-bottom:1px dashed #d1d5db}.past .msg{opacity:.8}',
    '.more{display:block;margin:0 auto 12px;padding:4px 12px;border-radius:12px;font-size:12px;color:var(--a2);background:#eef2ff}',
    '.typing{margin:8px 4px 0;font-size:12px;color:var(--mute);font-style:italic}',
    // end of chat: the confirmation and the survey
    '.ask{padding:12px 14px;background:#fff;border-bottom:1px solid var(--line)}.ask p{margin:0 0 10px;font-weight:600}',
    'form.rate{margin-top:14px;padding:14px;border-radius:14px;background:#fff;box-shadow:0 1px 3px rgba(15,23,42,.08);text-align:center}',
    '.rate p{margin:0 0 8px;font-weight:600}.stars{display:flex;justify-content:center;gap:4px;margin-bottom:10px}',
    '.stars button{width:40px;height:40px;font-size:28px;line-height:1;color:#d1d5db}.stars button.on{color:#f59e0b}',
    '.rate textarea{display:block;width:100%;min-height:56px;margin-bottom:10px;padding:8px 10px;border:1px solid #d1d5db;border-radius:10px;resize:vertical;background:#fff;outline:0}',
    '.rs:disabled{opacity:.45;cursor:default}.thanks{margin:14px 0 0;text-align:center;color:#047857;font-weight:600}',
    '.ev{align-self:center;max-width:90%;padding:3px 12px;border-radius:12px;background:#eceef3;color:var(--mute);font-size:12px;text-align:center;overflow-wrap:anywhere}',
    '.priv{margin:0;padding:5px 14px;font-size:11.5px;line-height:1.4;color:var(--mute);background:#fff;border-top:1px solid var(--line)}',
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
    '.go,.rs{width:100%;height:42px;border-radius:10px;color:var(--on);font-weight:600;background:linear-gradient(135deg,var(--a),var(--a2))}',
    // composer
    'form.cmp{display:flex;align-items:flex-end;gap:6px;padding:10px 10px 10px 8px;background:#fff;border-top:1px solid var(--line)}',
    '.clip{flex:none;width:36px;height:40px;display:grid;place-items:center;color:var(--mute);border-radius:10px}.clip:hover{color:var(--a);background:#f3f4f6}',
    '.clip svg{width:20px;height:20px}',
    '.stage{display:flex;align-items:center;gap:8px;padding:8px 12px;background:#fff;border-top:1px solid var(--line);font-size:13px}',
    '.stage span{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}',
    '.stage button{width:28px;height:28px;display:grid;place-items:center;border-radius:8px;color:var(--mute)}.stage svg{width:16px;height:16px}',
    '.win.drag::after{content:attr(data-drop);position:absolute;inset:8px;display:grid;place-items:center;border:2px dashed var(--a);',
    'border-radius:14px;background:rgba(238,242,255,.92);color:var(--a2);font-weight:600;pointer-events:none}',
    '.cmp textarea{flex:1;min-height:40px;max-height:120px;padding:9px 0;border:0;outline:0;resize:none;background:none;font-size:14px;line-height:22px}',
    '.send{flex:none;width:40px;height:40px;border-radius:12px;display:grid;place-items:center;color:var(--on);background:linear-gradient(135deg,var(--a),var(--a2))}',
    '.send svg{width:18px;height:18px}.send:disabled{opacity:.4;cursor:default}',
    // a pushed message or window ad: a small card over the launcher, closed with its ×
    '.push{position:fixed;right:var(--x);bottom:calc(var(--y) + 66px);width:300px;max-width:calc(100vw - 40px);padding:14px;border-radius:16px;background:#fff;',
    'box-shadow:0 16px 40px rgba(15,23,42,.18),0 0 0 1px rgba(15,23,42,.06);animation:sb-up .25s ease-out}',
    '.push .x{position:absolute;top:8px;right:8px;width:28px;height:28px;display:grid;place-items:center;border-radius:8px;color:var(--mute)}',
    '.push .x:hover{background:#f3f4f6}.push .x svg{width:16px;height:16px}.push img{display:block;width:100%;max-height:160px;object-fit:cover;',
    'border-radius:10px;margin-bottom:10px;background:#e5e7eb}.push b{display:block;margin:0 28px 4px 0;font-size:15px;overflow-wrap:anywhere}',
    '.push p{margin:0 0 10px;white-space:pre-wrap;overflow-wrap:anywhere}.push .who{margin-right:28px}',
    '.push .btn{display:block;width:100%}.push a{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:var(--a2);font-size:13px;text-decoration:underline}',
    // the site's corner: bottom left
    '.left .launcher,.left .card,.left .win,.left .push{right:auto;left:var(--x)}.left .win{transform-origin:bottom left}',
    '@keyframes sb-up{from{opacity:0;transform:translateY(12px) scale(.98)}}@keyframes sb-pop{from{opacity:0;transform:scale(.8)}}',
    '@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}',
    // phones: the window becomes a full-screen sheet; the page under it keeps its own scroll.
    '@media (max-width:480px){.win,.left .win{inset:0;width:auto;height:auto;max-height:none;border-radius:0}',
    // 16px inputs keep iOS Safari from zooming the page on focus; the home bar keeps its space.
    '.fld input,.fld select,.fld textarea,.cmp textarea{font-size:16px}form.cmp{padding-bottom:calc(10px + env(safe-area-inset-bottom,0px))}',
    '.launcher{right:16px;bottom:16px}.left .launcher{left:16px;right:auto}.launcher.on{display:none}.card,.push,.left .card,.left .push{right:12px;left:12px;width:auto;max-width:none;bottom:80px}.msg{max-width:88%}}'
  ].join('');

  var ICON_CHAT = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z"/><path d="M8.5 12h.01M12 12h.01M15.5 12h.01" stroke-width="3"/></svg>';
  var ICON_X = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';
  var ICON_SEND = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12l16-8-6 16-2.5-6.5z"/><path d="M11.5 13.5L20 4"/></svg>';
  var ICON_END = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9"/></svg>';
  var ICON_CLIP = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M21 11l-8.6 8.6a5.5 5.5 0 0 1-7.8-7.8l8.9-8.9a3.7 3.7 0 0 1 5.2 5.2l-8.9 8.9a1.8 1.8 0 0 1-2.6-2.6L15.4 6.3"/></svg>';
  var ICON_DOC = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z"/><path d="M14 3v6h6M12 12v6M9 15l3 3 3-3"/></svg>';

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
    '<div class="tools"><button type="button" class="icon" data-sb="end" hidden>' + ICON_END + '</button></div>' +
    '<button type="button" class="icon" data-sb="close">' + ICON_X + '</button></header>' +
    '<div class="ask" data-sb="end-confirm" role="alertdialog" aria-labelledby="sb-ask" hidden><p id="sb-ask"></p>' +
    '<div class="row"><button type="button" class="btn pri" data-sb="end-yes"></button><button type="button" class="btn" data-sb="end-no"></button></div></div>' +
    '<div class="body"><div class="past" data-sb="history" hidden><button type="button" class="more" data-sb="history-more" hidden></button><ol></ol></div>' +
    '<p class="hi"></p><ol class="log" role="log" aria-live="polite"></ol><p class="typing" data-sb="typing" aria-live="polite" hidden></p>' +
    '<form class="rate" data-sb="rating" novalidate hidden><p></p><div class="stars" role="group"></div>' +
    '<textarea data-sb="rating-comment" rows="2" maxlength="1000"></textarea><button type="submit" class="rs" data-sb="rating-send" disabled></button></form>' +
    '<p class="thanks" data-sb="rating-thanks" role="status" hidden></p>' +
    '<form class="pre" data-sb="prechat" novalidate hidden><p class="lead"></p><p class="err" data-sb="prechat-error" role="alert" hidden></p><div class="flds"></div><button type="submit" class="go"></button></form></div>' +
    '<p class="note" data-sb="status" role="status" hidden></p>' +
    '<p class="priv" data-sb="privacy" hidden></p>' +
    '<div class="stage" data-sb="staged" hidden><span></span><button type="button" data-sb="unstage">' + ICON_X + '</button></div>' +
    '<form class="cmp" novalidate><button type="button" class="clip" data-sb="attach">' + ICON_CLIP + '</button>' +
    '<input type="file" data-sb="file" hidden><textarea data-sb="input" rows="1" maxlength="2000"></textarea>' +
    '<button type="submit" class="send" data-sb="send">' + ICON_SEND + '</button></form>' +
    '</section>' +
    '<button type="button" class="launcher" data-sb="launcher" aria-controls="sb-win" aria-haspopup="dialog" aria-expanded="false" hidden>' +
    ICON_CHAT.replace('<svg', '<svg class="ic-c"') + ICON_X.replace('<svg', '<svg class="ic-x"') + '<span class="lbl"></span><i class="bdg" data-sb="unread" hidden></i></button>' +
    '</div>';

  var ui = (function () {
    var host = null, root, $ = {}, fieldSig = '', inputs = [], refused = null, pending = null, staged = null, stars = 0, thanked = 0, oldest = 0, shown = {};

    function q(sel) { return root.querySelector(sel); }
    function el(tag, cls, text) {
      var e = d.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      return e;
    }
    function label(e, text) { e.setAttribute('aria-label', text); e.title = text; }
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
        win: q('.win'), close: q('[data-sb=close]'), body: q('.body'), hi: q('.hi'), log: q('ol.log'),
        pre: q('form.pre'), flds: q('.flds'), preErr: q('[data-sb=prechat-error]'), cmp: q('form.cmp'), input: q('[data-sb=input]'),
        send: q('[data-sb=send]'), launcher: q('[data-sb=launcher]'), lbl: q('.lbl'), note: q('.note'), h2: q('h2'),
        sub: q('.sub span'), bdg: q('.bdg'), end: q('[data-sb=end]'), ask: q('.ask'), rate: q('form.rate'),
        comment: q('[data-sb=rating-comment]'), rateSend: q('[data-sb=rating-send]'), thanks: q('.thanks'), typing: q('.typing'),
        past: q('.past'), pastLog: q('.past ol'), more: q('.more'), stage: q('.stage'), file: q('[data-sb=file]'),
        priv: q('.priv')
      };
      $.sb.setAttribute('lang', LANG === 'zh' ? 'zh-CN' : 'en');
      q('.card small').textContent = t('invites');
      $.bdg.title = t('unread');
      $.accept.textContent = t('accept');
      $.decline.textContent = t('decline');
      label($.close, t('close'));
      $.log.setAttribute('aria-label', t('messages'));
      $.card.setAttribute('aria-label', t('invitation'));
      label($.send, t('send'));
      label($.end, t('end'));
      label(q('[data-sb=attach]'), t('attach'));
      label(q('[data-sb=unstage]'), t('remove'));
      q('#sb-ask').textContent = t('endAsk');
      q('[data-sb=end-yes]').textContent = t('endYes');
      q('[data-sb=end-no]').textContent = t('endNo');
      $.rate.querySelector('p').textContent = t('rateAsk');
      $.comment.placeholder = t('comment');
      $.comment.setAttribute('aria-label', t('comment'));
      $.rateSend.textContent = t('rateSend');
      $.thanks.textContent = t('thanks');
      $.priv.textContent = t('privacy');
      $.more.textContent = t('earlier');
      $.win.setAttribute('data-drop', t('drop'));
      for (var n = 1; n <= 5; n++) {
        var star = el('button', null, '★');
        star.type = 'button';
        star.setAttribute('data-star', n);
        label(star, t('star', n));
        star.setAttribute('aria-pressed', 'false');
        star.addEventListener('click', pick.bind(null, n));
        q('.stars').appendChild(star);
      }

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
      $.input.addEventListener('input', function () {
        grow();
        tab(':draft', $.input.value);
        if ($.input.value.trim()) chat.typed(); else chat.quiet();
        chat.draft();
      });
      // A pasted picture is staged like a chosen file; pasted text stays text.
      $.input.addEventListener('paste', function (e) {
        var items = (e.clipboardData && e.clipboardData.files) || [];
        if (items.length) { e.preventDefault(); stage(items[0]); }
      });
      $.end.addEventListener('click', function () { asking(true); });
      q('[data-sb=end-no]').addEventListener('click', function () { asking(false); $.end.focus(); });
      q('[data-sb=end-yes]').addEventListener('click', function () { asking(false); chat.end(); $.input.focus(); });
      $.rate.addEventListener('submit', function (e) {
        e.preventDefault();
        if (!stars) return;
        thanked = state.conv;
        chat.rate(stars, $.comment.value.trim());
        render();
      });
      $.more.addEventListener('click', function () { chat.history(oldest); });
      q('[data-sb=attach]').addEventListener('click', function () { $.file.click(); });
      $.file.addEventListener('change', function () { if ($.file.files[0]) stage($.file.files[0]); $.file.value = ''; });
      q('[data-sb=unstage]').addEventListener('click', function () { stage(null); $.input.focus(); });
      // Drag and drop onto the window; the counter copes with enter/leave of every child.
      var depth = 0;
      $.win.addEventListener('dragenter', function (e) { if (droppable(e)) { depth++; $.win.classList.add('drag'); } });
      $.win.addEventListener('dragleave', function () { if (--depth <= 0) { depth = 0; $.win.classList.remove('drag'); } });
      $.win.addEventListener('dragover', function (e) { if (droppable(e)) e.preventDefault(); });
      $.win.addEventListener('drop', function (e) {
        depth = 0;
        $.win.classList.remove('drag');
        if (!droppable(e)) return;
        e.preventDefault();
        if (e.dataTransfer.files[0]) stage(e.dataTransfer.files[0]);
      });
      root.addEventListener('keydown', function (e) {
        if (e.key !== 'Escape') return;
        if (!$.card.hidden && $.card.contains(root.activeElement)) decline();
        else if (!$.ask.hidden) asking(false);
        else if (state.open) setOpen(false, true);
      });
      state.log.forEach(function (m) { append(m); });
      state.out.forEach(sending);
      $.input.value = tab(':draft') || '';
      (d.body || d.documentElement).appendChild(host);
    }

    function droppable(e) {
      return !$.cmp.hidden && e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0;
    }

    // Shows the launcher once the backend has welcomed this page (a blocked visitor never sees
    // it) and said whether anyone can answer (so the wording does not flip).
    function ready() {
      if (state.blocked || !state.welcomed || !state.configured || !state.avail) return;
      if (!host) mount();
      $.launcher.hidden = false;
      if (!state.open && tab(':open') === '1') setOpen(true, false);
      render();
      if (pending) { var p = pending; pending = null; invite(p); }
      pushes.release(); // a push that came before the launcher
    }

    function render() {
      if (!host) return;
      var served = state.conv && state.status === 'ACTIVE' && state.agent, note = '';
      var over = state.conv && state.status === 'ENDED';
      // Once the chat waits in a group, that group decides; before, the groups it may reach (availability).
      // An invited visitor's chat goes to the agent who invited them.
      var av = state.avail || {}, closed = av.reason === 'CLOSED';
      var queued = state.conv && state.status === 'QUEUED', leaving = queued && state.leave;
      var off = !served && (queued ? leaving : av.available === false && !invitedNow());
      var wrote = state.log.some(function (l) { return l.from === 'visitor'; });
      $.sb.classList.toggle('off', off);
      $.launcher.classList.toggle('off', off);
      $.lbl.textContent = off ? t('leave') : t('chat');
      $.launcher.setAttribute('aria-label', state.open ? t('close') : (off ? t('leave') : t('open')));
      $.h2.textContent = served ? state.agent : t('title');
      $.sub.textContent = served ? t('serving') : off ? t(closed && !leaving ? 'closed' : 'offline') : t('online');
      if (!state.welcomed) note = t(state.crowded ? 'busy' : 'reconnecting');
      else if (state.busy && (!state.conv || over)) note = t('busy');
      else if (leaving) note = wrote ? t('leftNote') : sited(state.look.offlineMessage, 'leaveNote');
      else if (state.conv && state.status === 'QUEUED') note = state.pos > 1 ? t('queued', state.pos - 1) : t(state.pos ? 'first' : 'waiting');
      if (PREVIEW != null && !note) note = t('preview');
      $.note.textContent = note;
      $.note.hidden = !note;
      if (leaving) $.note.setAttribute('data-leave', wrote ? 'left' : 'offered'); else $.note.removeAttribute('data-leave');
      $.input.placeholder = off ? t('inputLeave') : t('input');
      q('.lead').textContent = off ? (closed ? t('introClosed') : sited(state.look.offlineMessage, 'introLeave')) : t('intro');
      q('.go').textContent = off ? t('next') : t('start');
      $.input.setAttribute('aria-label', $.input.placeholder);
      $.hi.textContent = state.returning ? t('back') : sited(state.look.greeting, 'hi');
      look();
      $.hi.hidden = state.log.length + state.out.length > 0 || !$.past.hidden;
      $.end.hidden = !state.conv || over;
      if ($.end.hidden) $.ask.hidden = true;
      var surveyWasHidden = $.rate.hidden;
      $.rate.hidden = !over || state.rated === state.conv;
      // The survey comes below the last line when the chat ends, after the end line scrolled the log:
      // bring it into view, or the visitor never sees it.
      if (surveyWasHidden && !$.rate.hidden) $.body.scrollTop = $.body.scrollHeight;
      $.thanks.hidden = !over || thanked !== state.conv;
      buildFields();
      var needForm = needsAnswers();
      $.preErr.textContent = t('check');
      $.preErr.hidden = !needForm || !refused;
      $.pre.hidden = !needForm;
      $.cmp.hidden = needForm;
      $.priv.hidden = needForm || !state.typingPreview;
      $.stage.hidden = needForm || !staged;
    }

    // The site's colours and corner (the config's look); a page's data-color wins over the colours.
    function look() {
      var l = state.look, x = +l.offsetX, y = +l.offsetY;
      var a = COLOR || (HEX.test(l.color || '') ? l.color : ''), a2 = COLOR || (HEX.test(l.colorEnd || '') ? l.colorEnd : a);
      $.sb.style.setProperty('--a', a || '');
      $.sb.style.setProperty('--a2', a2 || '');
      $.sb.style.setProperty('--on', HEX.test(l.textColor || '') && !COLOR ? l.textColor : '');
      $.sb.style.setProperty('--x', x >= 0 && x <= 300 ? x + 'px' : '');
      $.sb.style.setProperty('--y', y >= 0 && y <= 300 ? y + 'px' : '');
      $.sb.classList.toggle('left', l.position === 'BOTTOM_LEFT');
    }

    function asking(on) {
      $.ask.hidden = !on;
      if (on) q('[data-sb=end-no]').focus();
    }

    function pick(n) {
      stars = n;
      Array.prototype.forEach.call(q('.stars').children, function (b, i) {
        b.classList.toggle('on', i < n);
        b.setAttribute('aria-pressed', String(i === n - 1));
      });
      $.rateSend.disabled = false;
    }

    // Rebuilds the pre-chat fields only when the form itself changed, so typing survives renders.
    function buildFields() {
      var fields = formFields(), sig = JSON.stringify(fields);
      if (sig === fieldSig) return;
      fieldSig = sig;
      $.flds.textContent = '';
      var typed = {};
      inputs.forEach(function (x) { typed[x.field.key] = x.input.value; });
      inputs = fields.map(function (f, i) {
        var box = el('div', 'fld'), id = 'sb-f' + i, input;
        var lab = el('label', null, (LANG === 'zh' && f.labelZh) || f.label || f.key);
        lab.htmlFor = id;
        if (f.required) { var star = el('b', null, ' *'); star.setAttribute('aria-hidden', 'true'); lab.appendChild(star); }
        else lab.appendChild(el('i', null, ' (' + t('optional') + ')'));
        if (f.type === 'QUESTION_TYPE' || f.type === 'SELECT') {
          input = el('select');
          input.appendChild(new Option(t('choose'), ''));
          (f.options || []).forEach(function (o) { input.appendChild(new Option(o, o)); });
          input.addEventListener('change', function () { picked = input.value; askAvail(); });
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
        if (typed[f.key]) input.value = typed[f.key];
        input.setAttribute('data-sb', 'field-' + f.key);
        if (f.required) input.setAttribute('aria-required', 'true');
        var err = el('p', 'err');
        err.id = id + 'e';
        err.hidden = true;
        input.setAttribute('aria-describedby', err.id);
        input.addEventListener('input', function () { showError(input, err, ''); });
        box.appendChild(lab); box.appendChild(input); box.appendChild(err);
        $.flds.appendChild(box);
        return { field: f, input: input, err: err };
      });
      markRefused();
    }

    // The server's reasons (shared PrechatAnswerRules) next to their fields, in the page's language.
    var REASONS = {
      'required': 'required', 'too long': 'long', 'not an e-mail address': 'email', 'not a phone number': 'phone',
      'not one of the options': 'option', 'does not match the expected format': 'format'
    };
    function markRefused() {
      var first = null;
      (refused || []).forEach(function (e) {
        var key = String(e.field || '').replace(/^prechat\./, '');
        inputs.forEach(function (x) {
          if (x.field.key !== key) return;
          showError(x.input, x.err, t(REASONS[e.message] || 'format'));
          if (!first) first = x.input;
        });
      });
      if (first && state.open) first.focus();
    }

    function answersRefused(errors) {
      refused = errors;
      render();
      markRefused();
    }

    // An error message for the answer, or '' when it is acceptable. The server checks again.
    function validate(f, v) {
      if (!v) return f.required ? t('required') : '';
      var max = f.type === 'TEXT' ? 500 : 100;
      if (v.length > max) return t('long');
      if (f.type === 'EMAIL' && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(v)) return t('email');
      // Digits with the usual separators; 5 to 15 digits covers short service numbers to E.164.
      if (f.type === 'PHONE' && !(/^\+?[\d\s().-]+$/.test(v) && /^\d{5,15}$/.test(v.replace(/\D/g, '')))) return t('phone');
      if ((f.type === 'QUESTION_TYPE' || f.type === 'SELECT') && (f.options || []).indexOf(v) < 0) return t('required');
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
      refused = null;
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

    // A file waits beside the input for its caption; one too large is refused here, before it travels.
    function stage(file) {
      if (file && file.size > MAX_FILE) { upError({ file: file }, t('tooBig', file.name)); file = null; }
      staged = file;
      $.stage.querySelector('span').textContent = file ? file.name + ' · ' + size(file.size) : '';
      render();
      if (file) $.input.focus();
    }

    function sendInput() {
      var text = $.input.value.trim();
      if (!text && !staged) return;
      $.input.value = '';
      tab(':draft', '');
      grow();
      if (staged) { var file = staged; stage(null); chat.attach(file, text); } else chat.send(text);
    }

    function grow() {
      $.input.style.height = 'auto';
      $.input.style.height = Math.min($.input.scrollHeight, 120) + 'px';
    }

    // A file in a bubble: a thumbnail (fetched with the visitor's headers) or a download chip.
    function filePart(f, local) {
      var b = el('button', f.thumb || local ? 'pic' : 'doc');
      b.type = 'button';
      if (f.thumb || local) {
        var img = el('img'), k = Math.min(1, 240 / Math.max(f.w || 240, f.h || 240));
        img.alt = f.name;
        img.setAttribute('data-sb', 'thumbnail');
        if (f.w && f.h) { img.width = Math.round(f.w * k); img.height = Math.round(f.h * k); }
        if (local) img.src = local; else chat.blob(f.id, true).then(function (u) { img.src = u; }, function () { /* alt text stays */ });
        b.appendChild(img);
      } else {
        b.innerHTML = ICON_DOC;
        b.appendChild(el('span', null, f.name));
        b.appendChild(el('small', null, size(f.size || 0)));
      }
      b.setAttribute('data-sb', 'file-link');
      label(b, t('file') + ': ' + f.name);
      if (f.id) b.onclick = function () { save(f); };
      return b;
    }

    // Saves (or, for a picture, shows) the whole file.
    function save(f) {
      chat.blob(f.id, false).then(function (u) {
        var a = el('a');
        a.href = u;
        a.download = f.name;
        a.rel = 'noopener';
        root.appendChild(a);
        a.click();
        a.remove();
      }, function () { /* nothing to show */ });
    }

    // A line of the log: a message (the visitor's, an agent's) or an event such as "Alice joined".
    function line(m) {
      if (m.from === 'system') {
        var ev = el('li', 'ev', said(m));
        ev.setAttribute('data-sb', 'event');
        return ev;
      }
      var li = el('li', 'msg ' + (m.from === 'visitor' ? 'visitor' : 'agent')), meta = el('div', 'meta'), bub = el('div', 'bub');
      li.setAttribute('data-sb', 'message');
      li.setAttribute('data-from', m.from);
      if (m.inv) li.setAttribute('data-inv', m.inv);
      if (m.from !== 'visitor' && m.name) li.appendChild(el('span', 'nm', m.name));
      if (m.file || m.local) {
        bub.appendChild(filePart(m.file || { name: m.local.name, w: m.local.w, h: m.local.h }, m.local && m.local.url));
        bub.appendChild(el('span', 'cap', m.text));
      } else bub.textContent = m.text;
      li.appendChild(bub);
      var time = el('time', null, hhmm(m.at));
      time.dateTime = new Date(m.at).toISOString();
      meta.appendChild(time);
      li.appendChild(meta);
      if (m.from === 'visitor' && !m.past) {
        meta.appendChild(el('span', 'ok'));
        mark(li, reached(m.seq));
      }
      return li;
    }

    // How far one of the visitor's stored messages got.
    function reached(seq) {
      return seq && seq <= state.readSeq ? 'read' : seq && seq <= state.dlvSeq ? 'delivered' : 'sent';
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
      if (li) {
        li.classList.remove('pend');
        // a file the visitor sent: from now on it opens from the server
        var b = m.file && m.file.id && li.querySelector('[data-sb=file-link]');
        if (b) b.onclick = function () { save(m.file); };
      } else li = line(m);
      if (m.cid) li.setAttribute('data-cid', m.cid);
      var next = $.log.querySelector('.pend'), all = $.log.querySelectorAll('[data-seq]');
      if (m.seq) {
        li.setAttribute('data-seq', m.seq);
        for (var i = 0; i < all.length; i++) if (+all[i].getAttribute('data-seq') > m.seq) { next = all[i]; break; }
      }
      if (m.from === 'visitor') mark(li, reached(m.seq));
      $.log.insertBefore(li, next);
      $.hi.hidden = true;
      $.body.scrollTop = $.body.scrollHeight;
      if (arrived && m.from === 'agent' && !state.open) $.bdg.hidden = false;
    }

    // A message on its way: text, or a file (with its upload's progress) and caption.
    function sending(e) {
      if (!host) return;
      var local = e.file ? { name: e.file.name, url: /^image\//.test(e.file.type) && w.URL && URL.createObjectURL(e.file) } : null;
      var li = line({ from: 'visitor', text: e.t, at: e.at, file: e.f, local: local });
      li.className += ' pend';
      li.setAttribute('data-cid', e.c);
      if (e.file) {
        var bar = el('div', 'bar');
        bar.setAttribute('data-sb', 'progress');
        bar.appendChild(el('i'));
        li.querySelector('.bub').appendChild(bar);
      }
      mark(li, 'sending');
      $.log.appendChild(li);
      $.hi.hidden = true;
      $.body.scrollTop = $.body.scrollHeight;
    }

    // `share` of the upload done; -1: the server has the file.
    function progress(cid, share) {
      var bar = host && mine(cid) && mine(cid).querySelector('.bar');
      if (!bar) return;
      if (share < 0) bar.remove(); else bar.firstChild.style.width = Math.round(share * 100) + '%';
    }

    // The upload was refused: why, in the chat, and the caption back in the input to send again.
    function upError(u, message) {
      if (!host) return;
      var li = u.c && mine(u.c), err = el('li', 'ev err', message);
      if (li) li.remove();
      err.setAttribute('data-sb', 'upload-error');
      err.setAttribute('role', 'alert');
      $.log.appendChild(err);
      if (u.t && !$.input.value.trim()) { $.input.value = u.t; tab(':draft', u.t); grow(); }
      $.body.scrollTop = $.body.scrollHeight;
    }

    // The line an invitation showed until the chat's stored copy of it came.
    function unshow(invitationId) {
      if (!host) return;
      Array.prototype.forEach.call($.log.querySelectorAll('[data-inv]'), function (li) {
        if (li.getAttribute('data-inv') === String(invitationId)) li.remove();
      });
    }

    function failed(cid) {
      var li = host && mine(cid);
      if (li) { li.classList.remove('pend'); mark(li, 'failed'); }
    }

    function reads() {
      if (!host) return;
      Array.prototype.forEach.call($.log.querySelectorAll('.visitor[data-seq]'), function (li) {
        mark(li, reached(+li.getAttribute('data-seq')));
      });
    }

    function typing() {
      if (!host) return;
      var names = chat.whoTypes();
      $.typing.textContent = names.length ? t('typing', names.join(LANG === 'zh' ? '、' : ', ')) : '';
      $.typing.hidden = !names.length;
    }

    // The lines of an earlier conversation left for the history; unsent messages and an invitation stay.
    function clear() {
      if (!host) return;
      Array.prototype.forEach.call($.log.querySelectorAll('[data-seq]'), function (li) { li.remove(); });
      $.pastLog.textContent = '';
      shown = {};
      oldest = 0;
      $.past.hidden = true;
      $.rate.hidden = true;
      stars = 0;
      pick(0);
      $.rateSend.disabled = true;
      $.comment.value = '';
    }

    // A page of earlier chats (newest first) goes above what is shown, the oldest at the top.
    function past(p) {
      if (!host || !Array.isArray(p.conversations)) return;
      // what the visitor is looking at stays in place while older lines come in above it
      var below = $.body.scrollHeight - $.body.scrollTop;
      p.conversations.forEach(function (c) {
        if (c.conversationId === state.conv || shown[c.conversationId] || !(c.messages || []).length) return;
        shown[c.conversationId] = 1;
        var part = d.createDocumentFragment();
        part.appendChild(el('li', 'sep', t('past', ymd(Date.parse(c.createdAt)))));
        c.messages.forEach(function (m) {
          var l = lineOf(m);
          l.past = true;
          part.appendChild(line(l));
        });
        $.pastLog.insertBefore(part, $.pastLog.firstChild);
        oldest = oldest ? Math.min(oldest, c.conversationId) : c.conversationId;
        $.past.hidden = false;
      });
      $.more.hidden = !p.more;
      render();
      $.body.scrollTop = $.body.scrollHeight - below;
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
        pushes.hold(); // a window ad waits until the window closes
        render();
        $.body.scrollTop = $.body.scrollHeight;
        if (user) {
          var target = !$.pre.hidden && inputs.length ? inputs[0].input : $.input;
          target.focus();
        }
        loadConfig();
        askAvail();
        chat.history();
        chat.seen();
      } else {
        render();
        pushes.release();
        if (hadFocus) $.launcher.focus();
      }
    }

    function invite(p) {
      if (!host) { pending = p; return; } // arrived before the config: shown by ready()
      var inv = { id: p.invitationId, text: String(p.message || ''), name: String(p.agentName || t('agent')) };
      send('invitation.shown', { invitationId: inv.id }, true);
      if (p.forced || state.open) {
        state.invitation = null;
        answered(inv); // writing back under it is the visitor's yes
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
      answered(inv);
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

    return {
      ready: ready, render: render, append: append, sending: sending, acked: function (cid) { var li = host && mine(cid); if (li) mark(li, 'sent'); },
      failed: failed, progress: progress, upError: upError, reads: reads, typing: typing, clear: clear, past: past,
      invite: invite, remove: remove, open: setOpen, answersRefused: answersRefused, unshow: unshow,
      inputText: function () { return host ? $.input.value : ''; },
      // the pushes' place in the widget's shadow root: null until the launcher shows
      layer: function () { return host && $.launcher && !$.launcher.hidden && !state.blocked ? $.sb : null; }
    };
  })();

  // ---------------------------------------------------------------- pushes (messages and window ads)
  // A supervisor's push (docs/protocol.md, "Messages and window ads") shows without taking over the
  // page: a small card over the launcher, closed with its ×. A MESSAGE is a line from the service:
  // it also joins the chat's log as an agent's line, and starts no chat until the visitor answers;
  // its card's Reply opens the window. A CARD is a window ad (title, text, a picture, a link); it
  // waits while the chat window is open. Everything is set as text; the picture and the link are
  // used only when they are http(s) addresses, and the link opens in a new tab. The widget reports
  // push.shown, push.clicked (the link, or Reply) and push.dismissed; the server counts the first of each.
  // Each welcome asks for the pushes still pending (an ad not closed or followed, a message not shown).
  var pushes = (function () {
    var current = null, card = null, held = null, got = {};
    var WEB = /^https?:\/\/[^\s]+$/i;

    function receive(p) {
      if (!p || !p.pushId || !p.text || got[p.pushId]) return; // a pending one comes again to each page
      got[p.pushId] = 1;
      var push = { id: p.pushId, kind: p.kind === 'CARD' ? 'CARD' : 'MESSAGE', title: String(p.title || ''), text: String(p.text),
        image: WEB.test(p.imageUrl || '') ? p.imageUrl : '', link: WEB.test(p.linkUrl || '') ? p.linkUrl : '' };
      if (push.kind === 'MESSAGE') {
        if (!state.log.some(function (l) { return l.push === push.id; })) addMessage({ from: 'agent', text: push.text, name: t('agent'), push: push.id });
        if (state.open) return report('push.shown', push);
      }
      held = push;
      release();
    }

    // Shows the held push when it may show: the launcher is there and (for an ad) the window is closed.
    function release() {
      var layer = ui.layer();
      if (!held || !layer || state.open) return;
      var push = held;
      held = null;
      hide();
      current = push;
      card = build(push);
      layer.insertBefore(card, layer.firstChild);
      report('push.shown', push);
    }

    // The window opened: a showing ad waits to show again, a message's card goes (its line is in the log).
    function hold() {
      if (current && current.kind === 'CARD') held = current;
      hide();
    }

    function hide() {
      if (card && card.parentNode) card.parentNode.removeChild(card);
      card = current = null;
    }

    function build(push) {
      var box = d.createElement('div'), x = d.createElement('button');
      box.className = 'push';
      box.setAttribute('data-sb', 'push');
      // announced, not a dialog: it never takes the focus from the page
      box.setAttribute('role', 'region');
      box.setAttribute('aria-live', 'polite');
      box.setAttribute('aria-label', push.kind === 'CARD' ? t('pushAd') : t('agent'));
      x.type = 'button';
      x.className = 'x';
      x.innerHTML = ICON_X; // a constant
      x.setAttribute('data-sb', 'push-close');
      x.setAttribute('aria-label', t('pushClose'));
      x.title = t('pushClose');
      x.onclick = function () { report('push.dismissed', push); hide(); };
      box.appendChild(x);
      if (push.kind === 'MESSAGE') {
        var who = d.createElement('div'), av = d.createElement('span'), name = d.createElement('b');
        who.className = 'who';
        av.className = 'av';
        av.textContent = t('agent').charAt(0);
        name.textContent = t('agent');
        who.appendChild(av);
        who.appendChild(name);
        box.appendChild(who);
      } else {
        if (push.image) {
          var img = d.createElement('img');
          img.src = push.image;
          img.alt = '';
          img.onerror = function () { img.remove(); };
          box.appendChild(img);
        }
        var title = d.createElement('b');
        title.textContent = push.title;
        box.appendChild(title);
      }
      var text = d.createElement('p');
      text.textContent = push.text;
      text.setAttribute('data-sb', 'push-text');
      box.appendChild(text);
      if (push.kind === 'MESSAGE') {
        var reply = d.createElement('button');
        reply.type = 'button';
        reply.className = 'btn pri';
        reply.textContent = t('pushReply');
        reply.setAttribute('data-sb', 'push-reply');
        reply.onclick = function () { report('push.clicked', push); hide(); ui.open(true, true); };
        box.appendChild(reply);
      } else if (push.link) {
        var a = d.createElement('a');
        a.href = push.link;
        a.target = '_blank';
        a.rel = 'noopener noreferrer nofollow';
        a.textContent = push.link; // the address itself, as text
        a.setAttribute('data-sb', 'push-link');
        a.onclick = function () { report('push.clicked', push); };
        box.appendChild(a);
      }
      return box;
    }

    // Reports survive a reconnect (kept in the outbox), and go once per page.
    var told = {};
    function report(type, push) {
      var key = type + push.id;
      if (told[key]) return;
      told[key] = 1;
      send(type, { pushId: push.id }, true);
    }

    return { receive: receive, release: release, hold: hold };
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
  d.addEventListener('visibilitychange', function () { beat(); chat.seen(); });
  w.addEventListener('focus', function () { chat.seen(); });
  w.addEventListener('online', function () { if (!ws && !stopped) { attempt = 0; connect(); } });
  // The socket may take long to notice; what the visitor writes meanwhile waits in the outbox.
  w.addEventListener('offline', function () { if (ws) ws.close(); });

  w.Switchboard = Object.freeze({
    version: 1,
    open: function () { ui.open(true, true); },
    close: function () { ui.open(false, true); }
  });

  if (PREVIEW == null) connect();
  loadConfig();
})(window, document);
