/*
 * Switchboard web form (docs/protocol.md, "Web forms"): draws the form /forms/{key} describes,
 * sends it as JSON and shows the ticket's number. Plain JavaScript, no libraries. Everything a
 * person typed or an administrator named is put on the page as text (textContent, values), never
 * as HTML. The backend checks everything again; its field errors are shown next to the fields and
 * nothing typed is lost.
 */
(function () {
  'use strict';

  var TEXTS = {
    en: {
      intro: 'Tell us what we can help with. We will answer by e-mail or phone.',
      name: 'Your name', email: 'E-mail', phone: 'Phone', subject: 'Subject', description: 'Description',
      attachments: 'Attachments', filesHint: 'Up to {n} files (pictures, PDF or text), {mb} MB each.',
      contactHint: 'An e-mail address or a phone number, so that we can answer you.',
      choose: 'Choose…', yes: 'Yes', send: 'Send', sending: 'Sending…', required: 'This field is required',
      contact: 'Enter an e-mail address or a phone number', tooMany: 'At most {n} files', tooLarge: '{name} is larger than {mb} MB',
      fix: 'Please correct the marked fields.', busy: 'Too many forms were sent from your network. Please try again in a few minutes.',
      failed: 'The form could not be sent. Please try again.', missing: 'This form is not available.',
      thanks: 'Thank you! We have received your request.', number: 'Your ticket number', keep: 'Please mention this number when you contact us about it.'
    },
    zh: {
      intro: '请告诉我们您需要什么帮助，我们会通过邮件或电话回复您。',
      name: '您的称呼', email: '邮箱', phone: '手机号', subject: '主题', description: '问题描述',
      attachments: '附件', filesHint: '最多 {n} 个文件（图片、PDF 或文本），每个不超过 {mb} MB。',
      contactHint: '请留下邮箱或手机号，方便我们回复您。',
      choose: '请选择', yes: '是', send: '提交', sending: '正在提交…', required: '此项必填',
      contact: '请填写邮箱或手机号', tooMany: '最多 {n} 个文件', tooLarge: '{name} 超过 {mb} MB',
      fix: '请修改标出的内容。', busy: '您所在的网络提交次数过多，请几分钟后再试。',
      failed: '提交失败，请重试。', missing: '此表单不存在或已停用。',
      thanks: '谢谢！我们已收到您的问题。', number: '您的工单号', keep: '咨询进度时请提供此工单号。'
    }
  };

  var params = new URLSearchParams(location.search);
  var asked = params.get('lang') || navigator.language || 'en';
  var lang = /^zh/i.test(asked) ? 'zh' : 'en';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

  function t(key, values) {
    var text = TEXTS[lang][key];
    Object.keys(values || {}).forEach(function (name) { text = text.split('{' + name + '}').join(String(values[name])); });
    return text;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    if (text != null) node.textContent = text;
    return node;
  }

  var root = document.getElementById('sb-form');
  var key = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());
  var api = '../api/v1/forms/' + encodeURIComponent(key);
  var errors = {};   // field name -> the element showing its error
  var rows = {};     // field name -> its row
  var idempotencyKey = null;

  function randomKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function row(name, labelText, required, input, hint) {
    var box = el('div', { 'class': 'row', 'data-field': name });
    var label = el(input.tagName === 'DIV' ? 'span' : 'label', { 'class': input.tagName === 'DIV' ? 'label' : '' }, labelText);
    if (input.tagName !== 'DIV') label.setAttribute('for', input.id);
    if (required) label.appendChild(el('span', { 'class': 'req', 'aria-hidden': 'true' }, '*'));
    box.appendChild(label);
    box.appendChild(input);
    if (hint) box.appendChild(el('div', { 'class': 'hint' }, hint));
    var error = el('div', { 'class': 'err', 'data-sb': 'error-' + name, 'role': 'alert' });
    box.appendChild(error);
    errors[name] = error;
    rows[name] = box;
    return box;
  }

  function input(type, name, attrs) {
    var node = el(type === 'textarea' ? 'textarea' : 'input', Object.assign({ id: 'f-' + name.replace(/\W/g, '-'), name: name }, attrs || {}));
    if (type !== 'textarea') node.type = type;
    return node;
  }

  function fieldInput(field) {
    var name = 'customFields.' + field.key;
    switch (field.type) {
      case 'NUMBER': return input('number', name, { step: 'any' });
      case 'DATE': return input('date', name);
      case 'DROPDOWN': {
        var select = el('select', { id: 'f-' + name.replace(/\W/g, '-'), name: name });
        select.appendChild(el('option', { value: '' }, t('choose')));
        field.options.forEach(function (option) { select.appendChild(el('option', { value: option }, option)); });
        return select;
      }
      case 'MULTI_SELECT': {
        var group = el('div', { 'data-name': name, role: 'group' });
        field.options.forEach(function (option) {
          var choice = el('label', { 'class': 'choice' });
          choice.appendChild(el('input', { type: 'checkbox', name: name, value: option }));
          choice.appendChild(document.createTextNode(' ' + option));
          group.appendChild(choice);
        });
        return group;
      }
      case 'CHECKBOX': {
        var box = el('div', { 'data-name': name });
        var yes = el('label', { 'class': 'choice' });
        yes.appendChild(el('input', { type: 'checkbox', name: name, value: 'true' }));
        yes.appendChild(document.createTextNode(' ' + t('yes')));
        box.appendChild(yes);
        return box;
      }
      default: return input('text', name, { maxlength: '2000' });
    }
  }

  function fieldValue(form, field) {
    var name = 'customFields.' + field.key;
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    switch (field.type) {
      case 'NUMBER': return inputs[0].value === '' ? null : Number(inputs[0].value);
      case 'MULTI_SELECT': {
        var chosen = Array.prototype.filter.call(inputs, function (box) { return box.checked; }).map(function (box) { return box.value; });
        return chosen.length ? chosen : null;
      }
      case 'CHECKBOX': return inputs[0].checked;
      default: return inputs[0].value.trim() === '' ? null : inputs[0].value;
    }
  }

  function showErrors(list) {
    Object.keys(errors).forEach(function (name) { errors[name].textContent = ''; rows[name].classList.remove('invalid'); });
    var first = null;
    list.forEach(function (error) {
      var name = /^attachments\[/.test(error.field) ? 'attachments' : error.field;
      var target = errors[name] || errors.subject;
      var message = error.message === 'required' ? t('required') : error.message;
      target.textContent = target.textContent ? target.textContent + ' · ' + message : message;
      var box = rows[name] || rows.subject;
      box.classList.add('invalid');
      if (!first) first = box;
    });
    if (first) first.scrollIntoView({ block: 'center' });
  }

  function readFile(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve({ name: file.name, content: String(reader.result).replace(/^data:[^,]*,/, '') }); };
      reader.onerror = function () { reject(reader.error); };
      reader.readAsDataURL(file);
    });
  }

  function draw(definition) {
    document.title = definition.title;
    root.textContent = '';
    root.appendChild(el('h1', { 'data-sb': 'title' }, definition.title));
    root.appendChild(el('p', { 'class': 'intro' }, t('intro')));
    var banner = el('div', { 'class': 'banner', 'data-sb': 'banner', role: 'alert' });
    root.appendChild(banner);
    var form = el('form', { novalidate: '', 'data-sb': 'form' });
    form.appendChild(row('name', t('name'), false, input('text', 'name', { maxlength: '80', autocomplete: 'name' })));
    form.appendChild(row('email', t('email'), false, input('email', 'email', { maxlength: '254', autocomplete: 'email' }), t('contactHint')));
    form.appendChild(row('phone', t('phone'), false, input('tel', 'phone', { maxlength: '32', autocomplete: 'tel' })));
    form.appendChild(row('subject', t('subject'), true, input('text', 'subject', { maxlength: '200' })));
    form.appendChild(row('description', t('description'), false, input('textarea', 'description', { maxlength: '20000' })));
    definition.fields.forEach(function (field) {
      var label = lang === 'zh' ? field.nameZh : field.name;
      form.appendChild(row('customFields.' + field.key, label, field.required, fieldInput(field)));
    });
    var files = input('file', 'attachments', { multiple: '', accept: 'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain' });
    form.appendChild(row('attachments', t('attachments'), false, files,
        t('filesHint', { n: definition.maxFiles, mb: Math.round(definition.maxFileBytes / 1048576) })));
    var send = el('button', { type: 'submit', 'data-sb': 'send' }, t('send'));
    form.appendChild(send);
    root.appendChild(form);

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (send.disabled) return;
      banner.textContent = '';
      var local = [];
      var value = function (name) { return form.elements[name].value.trim(); };
      if (!value('email') && !value('phone')) local.push({ field: 'email', message: t('contact') });
      if (!value('subject')) local.push({ field: 'subject', message: t('required') });
      var values = {};
      definition.fields.forEach(function (field) {
        var v = fieldValue(form, field);
        if (field.required && (v === null || v === false && field.type !== 'CHECKBOX')) local.push({ field: 'customFields.' + field.key, message: t('required') });
        if (v !== null) values[field.key] = v;
      });
      var chosen = Array.prototype.slice.call(files.files);
      if (chosen.length > definition.maxFiles) local.push({ field: 'attachments', message: t('tooMany', { n: definition.maxFiles }) });
      chosen.forEach(function (file) {
        if (file.size > definition.maxFileBytes) {
          local.push({ field: 'attachments', message: t('tooLarge', { name: file.name, mb: Math.round(definition.maxFileBytes / 1048576) }) });
        }
      });
      if (local.length) { showErrors(local); banner.textContent = t('fix'); return; }
      showErrors([]);
      send.disabled = true;
      send.textContent = t('sending');
      // one key per filled form: a second click, or a retry after a lost answer, makes no second ticket
      idempotencyKey = idempotencyKey || randomKey();
      Promise.all(chosen.map(readFile)).then(function (attachments) {
        return fetch(api + '/submissions', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
          body: JSON.stringify({
            name: value('name') || null, email: value('email') || null, phone: value('phone') || null,
            subject: value('subject'), description: form.elements.description.value || null,
            customFields: values, attachments: attachments, idempotencyKey: idempotencyKey
          })
        });
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) { return { status: response.status, body: body }; });
      }).then(function (answer) {
        if (answer.status === 201) {
          done(answer.body.number);
          return;
        }
        send.disabled = false;
        send.textContent = t('send');
        if (answer.status === 429) { banner.textContent = t('busy'); return; }
        var list = (answer.body && answer.body.errors) || [];
        if (list.length) { showErrors(list); banner.textContent = t('fix'); return; }
        banner.textContent = (answer.body && answer.body.detail) || t('failed');
      }).catch(function () {
        send.disabled = false;
        send.textContent = t('send');
        banner.textContent = t('failed');
      });
    });
  }

  function done(number) {
    root.textContent = '';
    var receipt = el('div', { 'class': 'receipt', 'data-sb': 'receipt' });
    receipt.appendChild(el('p', null, t('thanks')));
    receipt.appendChild(el('p', null, t('number')));
    receipt.appendChild(el('p', { 'class': 'number', 'data-sb': 'ticket-number' }, number));
    receipt.appendChild(el('p', { 'class': 'hint' }, t('keep')));
    root.appendChild(receipt);
  }

  fetch(api, { headers: { 'Accept': 'application/json' } }).then(function (response) {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }).then(draw).catch(function () {
    root.textContent = '';
    root.appendChild(el('p', { 'class': 'banner', 'data-sb': 'missing' }, t('missing')));
  });
})();
