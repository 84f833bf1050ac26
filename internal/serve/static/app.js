// replylint serve: the page. Plain JavaScript, no dependencies.
//
// The draft is linted as the agent types (debounced); the answer's byte
// offsets are mapped to the textarea's UTF-16 indices and drawn in a
// backdrop behind the transparent textarea. Edits go through
// execCommand("insertText") where the browser has it, so Ctrl+Z undoes a
// fix or a drafted reply like any typing.
(() => {
  'use strict';

  const T = {
    nl: {
      tagline: 'Controleer je webcare-antwoord voordat het online gaat.',
      settings: 'Jij en het kanaal', agent: 'Je naam', role: 'Je functie', rolePlaceholder: 'webcare',
      brand: 'Merk', brandPlaceholder: 'voor statements',
      lang: 'Taal van het antwoord', langAuto: 'herkennen', langNl: 'Nederlands', langEn: 'Engels',
      channel: 'Kanaal', chPublic: 'openbaar', chPrivate: 'privébericht', chEmail: 'e-mail',
      kind: 'Soort', kindReply: 'antwoord', kindHolding: 'holding message', kindStatement: 'statement',
      settingsHint: 'Deze instellingen blijven bewaard in deze browser. Berichten en antwoorden niet.',
      nameMissing: 'naam nog niet ingevuld',
      incoming: 'Bericht van de klant', incomingPlaceholder: 'Plak hier het bericht waarop je antwoordt.',
      triage: 'Triage', draftReply: 'Schrijf een antwoord', draftAgain: 'Nog een versie',
      triageTitle: 'Triage', category: 'Soort bericht', owner: 'Eigenaar', deadline: 'Reageer binnen',
      hold: 'Wacht met antwoorden tot de eigenaar akkoord geeft.', contacts: 'Betrek ook', advice: 'Wat te doen',
      cues: 'Signalen', before: 'uiterlijk {time}',
      draft: 'Jouw antwoord', draftPlaceholder: 'Schrijf hier je antwoord, of laat er een voor je schrijven.',
      copy: 'Kopiëren', copied: 'Gekopieerd.', copiedPh: 'Gekopieerd. Let op: {ph} is nog niet ingevuld.',
      copiedErr: 'Gekopieerd. Let op: nog {n} fout(en) in het antwoord.', nothingToCopy: 'Er is nog niets om te kopiëren.',
      copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer zelf.',
      score: 'Score', signoff: 'Ondertekening', address: 'Je of u',
      findings: 'Bevindingen', noFindingsYet: 'Begin met typen: je antwoord wordt meteen gecontroleerd.',
      noFindings: 'Geen bevindingen. Goed zo!',
      footer: 'replylint draait op deze computer: je tekst gaat nergens anders heen.',
      checking: 'Controleren…',
      summary0: 'Geen bevindingen · score {score}', summary1: '1 bevinding · score {score}', summaryN: '{n} bevindingen · score {score}',
      chars: '{n} tekens', placeholders1: '1 placeholder in te vullen', placeholdersN: '{n} placeholders in te vullen',
      needIncoming: 'Plak eerst het bericht van de klant.',
      appendSig: 'Zet „{sig}” eronder', replaceWith: 'Vervang door „{text}”', addRole: 'Voeg je functie toe: „{role}”',
      fillName: 'Vul je naam in voor een ondertekening',
      at: 'regel {line}, kolom {col}',
      placeholderHere: 'Placeholder: vul dit in voordat je het antwoord plaatst.',
      configError: 'De config is gewijzigd maar laadt niet; de vorige blijft gelden. {msg}',
      matrixError: 'De escalatiematrix is gewijzigd maar laadt niet; de vorige blijft gelden. {msg}',
      signoffNone: 'geen ondertekening', signoffTeam: 'alleen een team („{text}”), geen naam',
      signoffRole: ', {role}', signoffNoRole: ', geen functie',
      missing_signature: 'ondertekening ontbreekt', atEnd: 'einde van het antwoord',
      addrJe: 'je', addrU: 'u', addrMixed: 'je en u door elkaar', addrNone: 'geen', addrCustomer: 'klant: {form}',
      addrEnglish: 'n.v.t. (Engels)', addrDiffers: 'anders dan de klant',
      partEmpathy: 'Empathie', partPersonal: 'Persoonlijk', partClarity: 'Duidelijkheid',
      partDeEscalation: 'De-escalatie', partPrivacy: 'Privacy', total: 'Totaal',
      sev_error: 'fout', sev_warning: 'waarschuwing', sev_info: 'tip',
      cat_question: 'vraag', cat_complaint: 'klacht', cat_compliment: 'compliment', 'cat_reputation-risk': 'reputatierisico',
      cat_safety: 'veiligheid', 'cat_legal-privacy': 'juridisch of privacy', cat_crisis: 'crisis',
      cue_press: 'pers', cue_viral: 'viraal', cue_legal: 'juridisch', cue_privacy: 'privacy', cue_hazard: 'gevaar',
      cue_injury: 'letsel', cue_outage: 'storing', cue_breach: 'datalek', cue_recall: 'terugroepactie',
      cue_churn: 'dreigt weg te gaan', cue_business: 'zakelijk', cue_influence: 'bereik', cue_volume: 'veel berichten',
      cue_custom: 'woorden uit de matrix', cue_complaint: 'klacht', cue_question: 'vraag', cue_compliment: 'compliment',
      collapsed: '… en nog {n} × {rule}, niet getoond',
      d: ['dag', 'dagen'], h: ['uur', 'uur'], m: ['minuut', 'minuten'], s: ['seconde', 'seconden'],
      unreachable: 'replylint serve is niet bereikbaar ({msg}). Draait het nog?',
      err503: 'De server heeft het druk of de tekst is erg lang; probeer het zo nog eens.',
      err408: 'Het verzoek kwam niet op tijd aan; probeer het nog eens.',
      err413: 'De tekst is te lang om te controleren.',
    },
    en: {
      tagline: 'Check your webcare reply before it goes out in public.',
      settings: 'You and the channel', agent: 'Your name', role: 'Your role', rolePlaceholder: 'customer care',
      brand: 'Brand', brandPlaceholder: 'for statements',
      lang: 'Reply language', langAuto: 'detect', langNl: 'Dutch', langEn: 'English',
      channel: 'Channel', chPublic: 'public', chPrivate: 'private message', chEmail: 'e-mail',
      kind: 'Kind', kindReply: 'reply', kindHolding: 'holding message', kindStatement: 'statement',
      settingsHint: 'These settings are kept in this browser. Messages and replies are not.',
      nameMissing: 'name not filled in yet',
      incoming: 'Customer’s message', incomingPlaceholder: 'Paste the message you are answering.',
      triage: 'Triage', draftReply: 'Draft a reply', draftAgain: 'Another version',
      triageTitle: 'Triage', category: 'Kind of message', owner: 'Owner', deadline: 'Respond within',
      hold: 'Do not reply until the owner agrees.', contacts: 'Also involve', advice: 'What to do',
      cues: 'Signals', before: 'by {time}',
      draft: 'Your reply', draftPlaceholder: 'Write your reply here, or have one drafted for you.',
      copy: 'Copy', copied: 'Copied.', copiedPh: 'Copied. Note: {ph} is not filled in yet.',
      copiedErr: 'Copied. Note: {n} error(s) left in the reply.', nothingToCopy: 'Nothing to copy yet.',
      copyFailed: 'Copying failed; select the text and copy it yourself.',
      score: 'Score', signoff: 'Sign-off', address: 'Je or u',
      findings: 'Findings', noFindingsYet: 'Start typing: your reply is checked as you go.',
      noFindings: 'No findings. Well done!',
      footer: 'replylint runs on this computer: your text goes nowhere else.',
      checking: 'Checking…',
      summary0: 'No findings · score {score}', summary1: '1 finding · score {score}', summaryN: '{n} findings · score {score}',
      chars: '{n} characters', placeholders1: '1 placeholder to fill in', placeholdersN: '{n} placeholders to fill in',
      needIncoming: 'Paste the customer’s message first.',
      appendSig: 'Add “{sig}” below', replaceWith: 'Replace with “{text}”', addRole: 'Add your role: “{role}”',
      fillName: 'Fill in your name for a sign-off',
      at: 'line {line}, column {col}',
      placeholderHere: 'Placeholder: fill this in before you post the reply.',
      configError: 'The config changed but does not load; the previous one stays in force. {msg}',
      matrixError: 'The escalation matrix changed but does not load; the previous one stays in force. {msg}',
      signoffNone: 'no sign-off', signoffTeam: 'a team only (“{text}”), no name',
      signoffRole: ', {role}', signoffNoRole: ', no role',
      missing_signature: 'sign-off missing', atEnd: 'end of the reply',
      addrJe: 'je', addrU: 'u', addrMixed: 'je and u mixed', addrNone: 'none', addrCustomer: 'customer: {form}',
      addrEnglish: 'n/a (English)', addrDiffers: 'differs from the customer',
      partEmpathy: 'Empathy', partPersonal: 'Personal', partClarity: 'Clarity',
      partDeEscalation: 'De-escalation', partPrivacy: 'Privacy', total: 'Total',
      sev_error: 'error', sev_warning: 'warning', sev_info: 'tip',
      cat_question: 'question', cat_complaint: 'complaint', cat_compliment: 'compliment', 'cat_reputation-risk': 'reputation risk',
      cat_safety: 'safety', 'cat_legal-privacy': 'legal or privacy', cat_crisis: 'crisis',
      cue_press: 'press', cue_viral: 'viral', cue_legal: 'legal', cue_privacy: 'privacy', cue_hazard: 'hazard',
      cue_injury: 'injury', cue_outage: 'outage', cue_breach: 'data breach', cue_recall: 'recall',
      cue_churn: 'threatens to leave', cue_business: 'business', cue_influence: 'reach', cue_volume: 'many messages',
      cue_custom: 'words from the matrix', cue_complaint: 'complaint', cue_question: 'question', cue_compliment: 'compliment',
      collapsed: '… and {n} more of {rule}, not shown',
      d: ['day', 'days'], h: ['hour', 'hours'], m: ['minute', 'minutes'], s: ['second', 'seconds'],
      unreachable: 'replylint serve cannot be reached ({msg}). Is it still running?',
      err503: 'The server is busy or the text is very long; try again in a moment.',
      err408: 'The request did not arrive in time; try again.',
      err413: 'The text is too long to check.',
    },
  };

  // Sign-off greetings by the reply's language, not the page's.
  const GREETING = { nl: 'Groet', en: 'Best' };
  const SEV_RANK = { info: 1, warning: 2, error: 3 };
  // Rules about the reply as a whole: underlined, not filled, so the
  // words that matter stay readable.
  const WIDE_RULES = new Set(['apology-missing', 'empathy-missing', 'mirror', 'address-match', 'length', 'no-next-step']);
  const PARTS = [['empathy', 'partEmpathy'], ['personal', 'partPersonal'], ['clarity', 'partClarity'],
    ['de_escalation', 'partDeEscalation'], ['privacy', 'partPrivacy']];
  const PLACEHOLDER = /\[[^\[\]\n]{1,160}\]/g;
  const STORE = 'replylint.settings';
  const DEBOUNCE_MS = 300;

  const $ = (id) => document.getElementById(id);
  const el = {
    error: $('error'), configError: $('config-error'),
    settings: $('settings'), settingsSummary: $('settings-summary'),
    agent: $('agent'), role: $('role'), brand: $('brand'), lang: $('lang'), channel: $('channel'), kind: $('kind'),
    incoming: $('incoming'), btnTriage: $('btn-triage'), btnDraft: $('btn-draft'),
    triage: $('triage'), draft: $('draft'), backdrop: $('backdrop'), summary: $('summary'), count: $('count'),
    current: $('current'), btnCopy: $('btn-copy'), copyStatus: $('copy-status'),
    total: $('total'), totalValue: $('total-value'), parts: $('parts'), signoff: $('s-signoff'), address: $('s-address'),
    findings: $('findings'), fCount: $('f-count'), fEmpty: $('f-empty'), tip: $('tip'),
  };

  const state = {
    ui: 'nl', // the page's language: always the language of the texts the server answers with
    browserUI: 'nl', // the browser's preference, until a reply or message has a language
    lint: null, // the last /api/lint answer
    text: null, // the draft text it is about
    map: null, // byte offset → UTF-16 index in text
    spans: [], // findings as {i, s, e, sev, wide} in UTF-16 indices
    seq: 0,
    timer: 0,
    abort: null,
    seed: 0,
    seedFor: null,
    triage: null,
  };

  // ---- text helpers ----

  function t(key, vars) {
    let s = (T[state.ui] && T[state.ui][key]) ?? T.nl[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split('{' + k + '}').join(String(v));
    return s;
  }

  function escapeHTML(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // byteMap maps every UTF-8 byte offset of s to the UTF-16 index of the
  // character it belongs to; map[bytes] is s.length. A lone surrogate
  // counts as the three bytes of the U+FFFD the server reads it as.
  function byteMap(s) {
    const map = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let n, w = 1;
      if (c < 0x80) n = 1;
      else if (c < 0x800) n = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n = 4; w = 2; }
      else n = 3;
      for (let k = 0; k < n; k++) map.push(i);
      i += w - 1;
    }
    map.push(s.length);
    return map;
  }

  function u16(off) {
    const m = state.map;
    return m[Math.max(0, Math.min(off, m.length - 1))];
  }

  function codePoints(s) { let n = 0; for (const _ of s) n++; return n; }

  function make(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  // ---- settings ----

  function loadSettings() {
    let s = {};
    try { s = JSON.parse(localStorage.getItem(STORE) || '{}') || {}; } catch (_) { s = {}; }
    el.agent.value = typeof s.agent === 'string' ? s.agent : '';
    el.role.value = typeof s.role === 'string' ? s.role : '';
    el.brand.value = typeof s.brand === 'string' ? s.brand : '';
    for (const k of ['lang', 'channel', 'kind']) {
      if (typeof s[k] === 'string' && [...el[k].options].some((o) => o.value === s[k])) el[k].value = s[k];
    }
    el.settings.open = !el.agent.value;
  }

  function saveSettings() {
    const s = { agent: el.agent.value.trim(), role: el.role.value.trim(), brand: el.brand.value.trim(),
      lang: el.lang.value, channel: el.channel.value, kind: el.kind.value };
    try { localStorage.setItem(STORE, JSON.stringify(s)); } catch (_) { /* private mode: not remembered */ }
    renderSettingsSummary();
  }

  function renderSettingsSummary() {
    const name = el.agent.value.trim();
    const role = el.role.value.trim();
    const who = name ? name + (role ? ' (' + role + ')' : '') : t('nameMissing');
    const opt = (sel) => sel.options[sel.selectedIndex] ? sel.options[sel.selectedIndex].textContent : '';
    el.settingsSummary.textContent = [who, opt(el.channel), opt(el.lang), opt(el.kind)].join(' · ');
  }

  function context() {
    return { lang: el.lang.value, channel: el.channel.value, kind: el.kind.value };
  }

  // ---- interface language ----

  // The page speaks the language of the reply, so that its labels and
  // the findings (which the server writes in the reply's language) never
  // mix: the language chosen under settings, else the one the server
  // found in the draft, else in the customer's message at triage, else
  // the browser's preference.
  function browserUI() {
    for (const l of navigator.languages || [navigator.language || '']) {
      const p = String(l).toLowerCase().slice(0, 2);
      if (p === 'nl' || p === 'en') return p;
    }
    return 'nl';
  }

  function uiLang() {
    if (el.lang.value === 'nl' || el.lang.value === 'en') return el.lang.value;
    const res = current();
    if (res && T[res.lang]) return res.lang;
    if (state.triage && T[state.triage.lang]) return state.triage.lang;
    return state.browserUI;
  }

  // followLang switches the page to the language of the texts shown, and
  // redraws it when that changes.
  function followLang() {
    const ui = uiLang();
    if (ui === state.ui) return false;
    state.ui = ui;
    applyUI();
    return true;
  }

  function applyUI() {
    document.documentElement.lang = state.ui;
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
    for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
    el.btnDraft.textContent = state.seedFor !== null && state.seedFor === el.incoming.value ? t('draftAgain') : t('draftReply');
    renderSettingsSummary();
    renderLint();
    if (state.triage) renderTriage(state.triage);
  }

  // ---- API ----

  async function api(path, body, signal) {
    let r;
    try {
      r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new Error(t('unreachable', { msg: e.message }));
    }
    let data = null;
    try { data = await r.json(); } catch (_) { data = null; }
    if (!r.ok) {
      // The server's errors are English; the ones an agent can meet are
      // said in the page's language.
      const known = t('err' + r.status);
      throw new Error(known !== 'err' + r.status ? known : data && data.error ? data.error : 'HTTP ' + r.status);
    }
    showError('');
    return data;
  }

  function showError(msg) {
    el.error.textContent = msg;
    el.error.hidden = !msg;
  }

  // ---- linting ----

  function scheduleLint() {
    clearTimeout(state.timer);
    state.timer = setTimeout(lintNow, DEBOUNCE_MS);
    if (state.lint && el.draft.value !== state.text) el.summary.textContent = t('checking');
    el.summary.setAttribute('aria-busy', 'true');
  }

  async function lintNow() {
    clearTimeout(state.timer);
    const text = el.draft.value;
    const seq = ++state.seq;
    if (state.abort) state.abort.abort();
    if (!text.trim()) {
      state.lint = null; state.text = null; state.spans = [];
      if (!followLang()) renderLint();
      return;
    }
    el.summary.setAttribute('aria-busy', 'true');
    const ctl = new AbortController();
    state.abort = ctl;
    try {
      const res = await api('/api/lint', { reply: text, in_reply_to: el.incoming.value, ...context() }, ctl.signal);
      if (seq !== state.seq || el.draft.value !== text) return; // a newer request is on its way
      state.lint = res;
      state.text = text;
      state.map = byteMap(text);
      state.spans = res.findings.map((f, i) => {
        if (f.rule === 'signature' && !(res.signoff && res.signoff.found)) {
          // Nothing to mark: the sign-off is missing. It gets a label
          // after the end of the text.
          return { i, s: text.length, e: text.length, sev: f.severity, rule: f.rule, wide: false, missing: true };
        }
        let s = u16(f.offset), e = u16(f.end_offset);
        if (e <= s) { if (s > 0) s--; else e = Math.min(text.length, s + 1); }
        return { i, s, e, sev: f.severity, rule: f.rule, wide: WIDE_RULES.has(f.rule) || e - s > 60 };
      });
      if (!followLang()) renderLint();
    } catch (e) {
      if (e.name !== 'AbortError') { showError(e.message); el.summary.textContent = ''; el.summary.setAttribute('aria-busy', 'false'); }
    } finally {
      if (state.abort === ctl) state.abort = null;
    }
  }

  function current() {
    return state.lint && state.text === el.draft.value ? state.lint : null;
  }

  function renderLint() {
    const res = current();
    // Busy until the findings shown are those of the text in the box.
    el.summary.setAttribute('aria-busy', res || !el.draft.value.trim() ? 'false' : 'true');
    renderBackdrop();
    renderCount();
    renderFindings(res);
    renderScore(res);
    renderState(res);
    renderCurrent();
    el.configError.textContent = res && res.config_error ? t('configError', { msg: res.config_error }) : '';
    el.configError.hidden = !(res && res.config_error);
    document.body.dataset.lintSeq = String(state.seq);
  }

  function renderCount() {
    const n = codePoints(el.draft.value);
    el.count.textContent = n ? t('chars', { n }) : '';
  }

  // renderBackdrop repeats the draft behind the textarea with the
  // findings and placeholders marked.
  function renderBackdrop() {
    const text = el.draft.value;
    const res = current();
    const marks = [];
    if (res) for (const sp of state.spans) if (!sp.missing) marks.push(sp);
    PLACEHOLDER.lastIndex = 0;
    for (let m; (m = PLACEHOLDER.exec(text));) marks.push({ ph: true, s: m.index, e: m.index + m[0].length });
    const cuts = new Set([0, text.length]);
    for (const m of marks) { cuts.add(m.s); cuts.add(m.e); }
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      const seg = escapeHTML(text.slice(a, b));
      const over = marks.filter((m) => m.s <= a && m.e >= b);
      if (!over.length) { html += seg; continue; }
      let narrow = 0, wide = 0, ph = false;
      const ids = [], rules = [];
      for (const m of over) {
        if (m.ph) { ph = true; continue; }
        ids.push(m.i); rules.push(m.rule);
        if (m.wide) wide = Math.max(wide, SEV_RANK[m.sev] || 1);
        else narrow = Math.max(narrow, SEV_RANK[m.sev] || 1);
      }
      let cls;
      if (narrow) cls = 'sev-' + sevName(narrow);
      else if (ph) cls = 'ph';
      else cls = 'sev-' + sevName(wide) + ' wide';
      html += '<mark class="' + cls + '"' + (ids.length ? ' data-f="' + ids.join(' ') + '" data-rule="' + escapeHTML(rules.join(' ')) + '"' : '') +
        (ph ? ' data-ph="1"' : '') + '>' + seg + '</mark>';
    }
    if (res) {
      for (const sp of state.spans) {
        if (!sp.missing) continue;
        html += '<mark class="missing sev-' + sp.sev + '" data-f="' + sp.i + '" data-rule="' + escapeHTML(sp.rule) +
          '" data-label="' + escapeHTML(t('missing_' + sp.rule)) + '"></mark>';
      }
    }
    // A final newline needs something after it to take up its line.
    el.backdrop.innerHTML = html + (text.endsWith('\n') ? ' ' : '');
    autoGrow();
  }

  function sevName(rank) { return rank >= 3 ? 'error' : rank === 2 ? 'warning' : 'info'; }

  function autoGrow() {
    const ta = el.draft;
    ta.style.height = 'auto';
    ta.style.height = (ta.scrollHeight + 2) + 'px';
  }

  // The rules' names come from the server (GET /api/rules, from lint's
  // messages), as the team report's and the CLI's do: no list of rules
  // here to forget.
  function ruleLabel(id) { const k = 'r_' + id; const s = t(k); return s === k ? id : s; }

  async function loadRuleLabels() {
    try {
      const r = await fetch('/api/rules');
      if (!r.ok) return;
      const data = await r.json();
      for (const rule of data.rules || []) {
        for (const [lang, label] of Object.entries(rule.labels || {})) {
          if (T[lang] && label) T[lang]['r_' + rule.id] = label;
        }
      }
    } catch (_) {
      // Without the names the page shows the rules' IDs.
    }
  }

  function renderFindings(res) {
    el.findings.textContent = '';
    if (!res) {
      el.fCount.textContent = '';
      el.fEmpty.textContent = t('noFindingsYet');
      el.fEmpty.hidden = false;
      el.summary.textContent = '';
      return;
    }
    const fs = res.findings;
    const more = res.collapsed || [];
    const n = fs.length + more.reduce((sum, c) => sum + c.count, 0);
    el.fCount.textContent = '(' + n.toLocaleString(state.ui) + ')';
    el.fEmpty.textContent = t('noFindings');
    el.fEmpty.hidden = n > 0;
    const key = n === 0 ? 'summary0' : n === 1 ? 'summary1' : 'summaryN';
    PLACEHOLDER.lastIndex = 0;
    const phs = (el.draft.value.match(PLACEHOLDER) || []).length;
    el.summary.textContent = t(key, { n: n.toLocaleString(state.ui), score: res.score.total }) + (phs ? ' · ' + t(phs === 1 ? 'placeholders1' : 'placeholdersN', { n: phs }) : '');
    fs.forEach((f, i) => {
      const li = make('li', 'finding sev-' + f.severity);
      li.id = 'finding-' + i;
      li.dataset.rule = f.rule;
      const head = make('div', 'head');
      head.append(make('span', 'rule', ruleLabel(f.rule)), make('span', 'sev', t('sev_' + f.severity)));
      const sp = state.spans[i];
      const words = el.draft.value.slice(sp.s, sp.e);
      const label = sp.missing ? t('atEnd') : words.trim().length > 1 ? (words.length > 40 ? words.slice(0, 40) + '…' : words) : t('at', { line: f.line, col: f.column });
      const show = make('button', 'show', label);
      show.type = 'button';
      show.title = t('at', { line: f.line, col: f.column });
      show.addEventListener('click', () => selectSpan(sp.s, sp.e));
      head.append(show);
      li.append(head, make('p', 'msg', f.message));
      for (const s of f.suggestions || []) li.append(make('p', 'sugg', s));
      const acts = actionsFor(f, i);
      if (acts.length) li.append(actionButtons(acts));
      el.findings.append(li);
    });
    // Repeats of a rule over the server's limit are counted, not listed.
    for (const c of more) {
      const li = make('li', 'finding collapsed', t('collapsed', { n: c.count.toLocaleString(state.ui), rule: ruleLabel(c.rule) }));
      li.dataset.rule = c.rule;
      el.findings.append(li);
    }
  }

  // actionsFor returns the edits the page offers for a finding: the
  // server's literal fixes, and for a missing or incomplete sign-off the
  // agent's name and role from the settings.
  function actionsFor(f, i) {
    const res = current();
    if (!res) return [];
    const out = [];
    for (const fx of res.fixes || []) {
      if (fx.finding !== i) continue;
      out.push({ label: t('replaceWith', { text: fx.new_text }), run: () => replace(u16(fx.offset), u16(fx.end_offset), fx.new_text) });
    }
    if (f.rule === 'signature') {
      const name = el.agent.value.trim();
      const role = el.role.value.trim();
      const so = res.signoff || {};
      const long = (GREETING[res.lang] || GREETING.nl) + ', ' + name + (role ? ' (' + role + ')' : '');
      if (!name && (!so.found || so.team)) {
        out.push({ label: t('fillName'), run: () => { el.settings.open = true; el.agent.focus(); } });
      } else if (!so.found) {
        out.push({ label: t('appendSig', { sig: '^' + name }), run: () => appendLine('^' + name) });
        out.push({ label: t('appendSig', { sig: long }), run: () => appendLine(long) });
      } else if (so.team) {
        out.push({ label: t('replaceWith', { text: long }), run: () => replace(u16(so.offset), u16(so.end_offset), long) });
      } else if (!so.role && role) {
        out.push({ label: t('addRole', { role: '(' + role + ')' }), run: () => replace(u16(so.end_offset), u16(so.end_offset), ' (' + role + ')') });
      }
    }
    return out;
  }

  function actionButtons(acts) {
    const box = make('div', 'fixes');
    for (const a of acts) {
      const b = make('button', 'fix', a.label);
      b.type = 'button';
      b.addEventListener('click', a.run);
      box.append(b);
    }
    return box;
  }

  // ---- editing ----

  // replace puts text in place of [s, e) of the draft as typing would, so
  // that the browser's undo takes it back.
  function replace(s, e, text) {
    const ta = el.draft;
    ta.focus();
    ta.setSelectionRange(s, e);
    let done = false;
    try { done = document.execCommand('insertText', false, text); } catch (_) { done = false; }
    if (!done || ta.value.slice(s, s + text.length) !== text) {
      ta.setRangeText(text, s, e, 'end');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    lintNow();
  }

  function appendLine(line) {
    const v = el.draft.value;
    const body = v.replace(/\s+$/, '');
    replace(body.length, v.length, (body ? '\n' : '') + line);
  }

  function selectSpan(s, e) {
    el.draft.focus();
    el.draft.setSelectionRange(s, e);
    renderCurrent();
    const mark = el.backdrop.querySelector('mark.active');
    (mark || el.draft).scrollIntoView({ block: 'nearest' });
  }

  // ---- the finding at the caret, and on hover ----

  function findingsAt(pos) {
    if (!current()) return [];
    return state.spans
      .filter((sp) => sp.s <= pos && pos <= sp.e)
      .sort((a, b) => (a.wide - b.wide) || (SEV_RANK[b.sev] - SEV_RANK[a.sev]) || ((a.e - a.s) - (b.e - b.s)));
  }

  function placeholderAt(pos) {
    PLACEHOLDER.lastIndex = 0;
    for (let m; (m = PLACEHOLDER.exec(el.draft.value));) {
      if (m.index <= pos && pos <= m.index + m[0].length) return m;
    }
    return null;
  }

  function renderCurrent() {
    // The panel follows the caret of the draft, also while focus is
    // elsewhere: hiding it on blur would move the button under the mouse
    // between press and release. It is left alone while focus is on one
    // of its own buttons.
    const box = el.current;
    if (box.contains(document.activeElement)) return;
    for (const m of el.backdrop.querySelectorAll('mark.active')) m.classList.remove('active');
    for (const li of el.findings.querySelectorAll('.finding.active')) li.classList.remove('active');
    const pos = el.draft.selectionStart;
    const here = findingsAt(pos);
    const ph = placeholderAt(pos);
    box.textContent = '';
    box.className = 'current';
    if (!here.length && !ph) { box.hidden = true; return; }
    if (here.length) {
      const sp = here[0];
      const f = current().findings[sp.i];
      box.classList.add('sev-' + f.severity);
      const head = make('p', null);
      head.append(make('strong', null, ruleLabel(f.rule)), document.createTextNode(' · ' + t('sev_' + f.severity)));
      box.append(head, make('p', 'msg', f.message));
      for (const s of f.suggestions || []) box.append(make('p', 'sugg', s));
      const acts = actionsFor(f, sp.i);
      if (acts.length) box.append(actionButtons(acts));
      for (const m of el.backdrop.querySelectorAll('mark[data-f]')) {
        if (m.dataset.f.split(' ').includes(String(sp.i))) m.classList.add('active');
      }
      const li = $('finding-' + sp.i);
      if (li) li.classList.add('active');
    } else {
      box.classList.add('ph');
      box.append(make('p', null, t('placeholderHere')));
    }
    box.hidden = false;
  }

  let hoverFrame = 0;
  function onHover(ev) {
    cancelAnimationFrame(hoverFrame);
    hoverFrame = requestAnimationFrame(() => {
      const x = ev.clientX, y = ev.clientY;
      for (const m of el.backdrop.querySelectorAll('mark[data-f], mark[data-ph]')) {
        for (const r of m.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) { showTip(m, r); return; }
        }
      }
      el.tip.hidden = true;
    });
  }

  function showTip(mark, rect) {
    const tip = el.tip;
    tip.textContent = '';
    const res = current();
    if (mark.dataset.f && res) {
      const ids = mark.dataset.f.split(' ').map(Number)
        .sort((a, b) => (state.spans[a].wide - state.spans[b].wide) || (SEV_RANK[res.findings[b].severity] - SEV_RANK[res.findings[a].severity]));
      for (const i of ids.slice(0, 2)) {
        const f = res.findings[i];
        tip.append(make('p', null, f.message));
        if (f.suggestions && f.suggestions[0]) tip.append(make('p', 'sugg', f.suggestions[0]));
      }
    } else {
      tip.append(make('p', null, t('placeholderHere')));
    }
    tip.hidden = false;
    const w = tip.offsetWidth, h = tip.offsetHeight;
    let left = Math.min(rect.left, window.innerWidth - w - 8);
    let top = rect.bottom + 6;
    if (top + h > window.innerHeight - 4) top = Math.max(4, rect.top - h - 6);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = top + 'px';
  }

  // ---- score and state ----

  function grade(v) { return v >= 90 ? 'good' : v >= 70 ? 'ok' : 'bad'; }

  function renderScore(res) {
    el.parts.textContent = '';
    const sc = res ? res.score : null;
    el.totalValue.textContent = sc ? String(sc.total) : '–';
    el.total.className = 'total' + (sc ? ' ' + grade(sc.total) : '');
    el.total.setAttribute('aria-label', t('total') + ': ' + (sc ? sc.total + '/100' : '–'));
    for (const [key, label] of PARTS) {
      const v = sc ? sc[key] : null;
      const li = make('li');
      const bar = make('span', 'bar');
      bar.setAttribute('role', 'meter');
      bar.setAttribute('aria-label', t(label));
      bar.setAttribute('aria-valuemin', '0');
      bar.setAttribute('aria-valuemax', '100');
      const fill = make('span', v == null ? '' : grade(v));
      if (v != null) { bar.setAttribute('aria-valuenow', String(v)); fill.style.width = v + '%'; }
      bar.append(fill);
      li.append(make('span', 'label', t(label)), bar, make('span', 'num', v == null ? '–' : String(v)));
      el.parts.append(li);
    }
  }

  function renderState(res) {
    el.signoff.textContent = '–';
    el.signoff.className = '';
    el.address.textContent = '–';
    el.address.className = '';
    if (!res) return;
    const so = res.signoff || {};
    if (!so.found) {
      el.signoff.textContent = t('signoffNone');
      el.signoff.className = 'bad';
    } else if (so.team) {
      el.signoff.textContent = t('signoffTeam', { text: so.text });
      el.signoff.className = 'bad';
    } else {
      el.signoff.textContent = so.name + (so.role ? t('signoffRole', { role: so.role }) : t('signoffNoRole'));
      if (!so.role) el.signoff.className = 'warn';
    }
    if (res.lang !== 'nl') { el.address.textContent = t('addrEnglish'); return; }
    const form = (f) => f === 'je' ? t('addrJe') : f === 'u' ? t('addrU') : f === 'mixed' ? t('addrMixed') : t('addrNone');
    let s = form(res.address);
    if (res.customer_address) s += ' · ' + t('addrCustomer', { form: form(res.customer_address) });
    if (res.address === 'mixed') el.address.className = 'bad';
    else if (res.customer_address && res.address && res.address !== res.customer_address) {
      s += ' (' + t('addrDiffers') + ')';
      el.address.className = 'warn';
    }
    el.address.textContent = s;
  }

  // ---- triage ----

  async function triage() {
    if (!el.incoming.value.trim()) { showError(t('needIncoming')); el.incoming.focus(); return; }
    el.btnTriage.disabled = true;
    try {
      const body = { incoming: el.incoming.value, time: new Date().toISOString() };
      if (el.lang.value) body.lang = el.lang.value;
      const d = await api('/api/triage', body);
      state.triage = d;
      if (!followLang()) renderTriage(d);
      el.triage.hidden = false;
      const h = $('h-triage');
      h.focus({ preventScroll: true });
      el.triage.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      showError(e.message);
    } finally {
      el.btnTriage.disabled = false;
    }
  }

  function duration(s) {
    const parts = [];
    for (const m of String(s).matchAll(/(\d+)([dhms])/g)) {
      const n = Number(m[1]);
      const unit = t(m[2]);
      parts.push(n + ' ' + (Array.isArray(unit) ? unit[n === 1 ? 0 : 1] : m[2]));
    }
    return parts.join(' ') || String(s);
  }

  function link(href, text) {
    const a = make('a', null, text);
    a.href = href;
    return a;
  }

  function personInto(node, p) {
    node.append(document.createTextNode(p.name || p.department || ''));
    if (p.role) node.append(document.createTextNode(' (' + p.role + ')'));
    if (p.name && p.department) node.append(document.createTextNode(', ' + p.department));
    if (p.email) node.append(document.createTextNode(' · '), link('mailto:' + p.email, p.email));
    if (p.phone) node.append(document.createTextNode(' · '), link('tel:' + p.phone.replace(/[^\d+]/g, ''), p.phone));
  }

  function renderTriage(d) {
    const pr = $('t-priority');
    pr.textContent = '';
    pr.append(make('span', 'level l' + Math.min(3, d.level), d.priority));
    const cat = t('cat_' + d.category);
    $('t-category').textContent = cat.startsWith('cat_') ? d.category : cat;
    const owner = $('t-owner');
    owner.textContent = '';
    personInto(owner, d.owner || {});
    let dl = duration(d.respond_within);
    if (d.deadline) {
      const when = new Date(d.deadline);
      const sameDay = when.toDateString() === new Date().toDateString();
      const time = sameDay ? when.toLocaleTimeString(state.ui, { hour: '2-digit', minute: '2-digit' })
        : when.toLocaleString(state.ui, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
      dl += ' · ' + t('before', { time });
    }
    $('t-deadline').textContent = dl;
    $('t-hold').hidden = !d.hold;
    const contacts = $('t-contacts');
    contacts.textContent = '';
    for (const c of d.contacts || []) { const li = make('li'); personInto(li, c); contacts.append(li); }
    $('t-contacts-wrap').hidden = !(d.contacts && d.contacts.length);
    const advice = $('t-advice');
    advice.textContent = '';
    for (const a of d.advice || []) advice.append(make('li', null, a));
    const cues = $('t-cues');
    cues.textContent = '';
    const words = (d.cues || []).filter((c) => c.text);
    if (words.length) {
      cues.append(document.createTextNode(t('cues') + ': '));
      for (const c of words) {
        const kind = t('cue_' + c.kind);
        cues.append(make('span', 'chip', c.text + ' · ' + (kind.startsWith('cue_') ? c.kind : kind)));
      }
    }
    if (d.matrix_error) showError(t('matrixError', { msg: d.matrix_error }));
  }

  // ---- drafting ----

  async function draftReply() {
    const kind = el.kind.value;
    if (!el.incoming.value.trim() && kind === 'reply') { showError(t('needIncoming')); el.incoming.focus(); return; }
    if (state.seedFor === el.incoming.value) state.seed++;
    else { state.seed = 0; state.seedFor = el.incoming.value; }
    el.btnDraft.disabled = true;
    try {
      const d = await api('/api/draft', {
        incoming: el.incoming.value, agent: el.agent.value.trim(), role: el.role.value.trim(), brand: el.brand.value.trim(),
        ...context(), seed: state.seed,
      });
      replace(0, el.draft.value.length, d.text);
      PLACEHOLDER.lastIndex = 0;
      const m = PLACEHOLDER.exec(el.draft.value);
      if (m) el.draft.setSelectionRange(m.index, m.index + m[0].length);
      renderCurrent();
      el.btnDraft.textContent = t('draftAgain');
    } catch (e) {
      showError(e.message);
    } finally {
      el.btnDraft.disabled = false;
    }
  }

  // ---- copy ----

  async function copy() {
    const text = el.draft.value;
    const status = el.copyStatus;
    status.className = '';
    if (!text.trim()) { status.textContent = t('nothingToCopy'); return; }
    // The Clipboard API may wait for a permission that never comes; after
    // a second, copy the selected text the old way.
    let ok = false;
    if (navigator.clipboard && window.isSecureContext) {
      const api = navigator.clipboard.writeText(text).then(() => true, () => false);
      ok = await Promise.race([api, new Promise((resolve) => setTimeout(() => resolve(false), 1000))]);
    }
    if (!ok) {
      el.draft.focus();
      el.draft.select();
      try { ok = document.execCommand('copy'); } catch (_) { ok = false; }
    }
    if (!ok) { status.textContent = t('copyFailed'); status.className = 'warn'; return; }
    PLACEHOLDER.lastIndex = 0;
    const ph = PLACEHOLDER.exec(text);
    const res = current();
    const errors = res ? res.findings.filter((f) => f.severity === 'error').length : 0;
    if (ph) { status.textContent = t('copiedPh', { ph: ph[0] }); status.className = 'warn'; }
    else if (errors) { status.textContent = t('copiedErr', { n: errors }); status.className = 'warn'; }
    else status.textContent = t('copied');
  }

  // ---- wiring ----

  function init() {
    state.browserUI = browserUI();
    loadSettings();
    state.ui = uiLang();
    applyUI();
    for (const input of [el.agent, el.role, el.brand]) {
      input.addEventListener('input', () => { saveSettings(); renderLint(); });
    }
    for (const sel of [el.lang, el.channel, el.kind]) {
      sel.addEventListener('change', () => { saveSettings(); followLang(); lintNow(); });
    }
    el.draft.addEventListener('input', () => {
      el.copyStatus.textContent = '';
      renderBackdrop();
      renderCount();
      renderCurrent();
      scheduleLint();
    });
    el.incoming.addEventListener('input', () => {
      if (el.draft.value.trim()) scheduleLint();
      if (state.seedFor !== el.incoming.value) el.btnDraft.textContent = t('draftReply');
    });
    for (const type of ['keyup', 'click', 'focus', 'select']) el.draft.addEventListener(type, renderCurrent);
    document.addEventListener('selectionchange', () => { if (document.activeElement === el.draft) renderCurrent(); });
    el.draft.addEventListener('mousemove', onHover);
    el.draft.addEventListener('mouseleave', () => { cancelAnimationFrame(hoverFrame); el.tip.hidden = true; });
    window.addEventListener('scroll', () => { el.tip.hidden = true; }, { passive: true });
    window.addEventListener('resize', autoGrow);
    el.btnTriage.addEventListener('click', triage);
    el.btnDraft.addEventListener('click', draftReply);
    el.btnCopy.addEventListener('click', copy);
    renderLint();
    if (el.draft.value.trim()) lintNow();
    loadRuleLabels().finally(() => {
      renderLint();
      document.body.dataset.ready = '1';
    });
  }

  init();
})();
