// The extension benchmark's probes, put into a fixture page's own world by ExtensionBench (WebDriver executeScript;
// the page's CSP does not apply to it). They only listen and read: the extension under test never sees them, and
// nothing here changes the editors except the paste that fills a draft, which goes through the editor as the
// extension's own edits do. Times are performance.now() in the page (0.1 ms steps: the fixture pages are not
// cross-origin isolated).
(function () {
  'use strict';
  if (window.__heraldBench) {
    return;
  }

  /** The composer's editor: X's inline Draft.js editor, or the Quill editor of LinkedIn's share box. */
  function editor(site) {
    if (site === 'linkedin') {
      var outlet = document.querySelector('#interop-outlet');
      return outlet && outlet.shadowRoot ? outlet.shadowRoot.querySelector('[role=dialog] .ql-editor') : null;
    }
    return document.querySelector('main div.public-DraftEditor-content[data-testid=tweetTextarea_0]');
  }

  /** <herald-assistant>, in the page or in LinkedIn's shadow root (the documented test hook). */
  function panel() {
    var found = document.querySelector('herald-assistant');
    if (found) {
      return found;
    }
    var outlet = document.querySelector('#interop-outlet');
    return outlet && outlet.shadowRoot ? outlet.shadowRoot.querySelector('herald-assistant') : null;
  }

  /** The element that holds the findings (each a [data-rule-id]), or null while none is listed. */
  function findingsList() {
    var host = panel();
    var finding = host && host.shadowRoot ? host.shadowRoot.querySelector('[data-rule-id]') : null;
    return finding ? finding.parentElement : null;
  }

  var WATCH = { childList: true, subtree: true, characterData: true };

  /**
   * The platform length of the draft the panel's findings were made for, from its length meter: the length, or
   * the limit plus the count over it. Not a documented hook (the meter's class names): used to tell which
   * keystrokes an update of the findings includes, since the assistant folds keys typed while a lint is on its way
   * into the next one. Typing letters and spaces adds one to the length per key, on X as on LinkedIn.
   */
  function lengthShown(limit) {
    var host = panel();
    var meter = host && host.shadowRoot ? host.shadowRoot.querySelector('.length') : null;
    var number = meter ? /[0-9]+/.exec(meter.textContent.replace(/[\s\u00a0\u202f,.]/g, '')) : null;
    if (!number) {
      return -1;
    }
    return meter.classList.contains('over') ? limit + Number(number[0]) : Number(number[0]);
  }

  /** Each keydown, and every mutation of the editor and of the panel's findings, with its time. */
  var keystrokes = null;

  /** What happened after the last focus given by focus(). */
  var focusing = null;

  window.__heraldBench = {
    editor: editor,
    panel: panel,

    /** The number of findings the panel lists now (0 without a panel). */
    findingCount: function () {
      var host = panel();
      return host && host.shadowRoot ? host.shadowRoot.querySelectorAll('[data-rule-id]').length : 0;
    },

    /** Pastes text into the composer as a person would (a paste event carrying text/plain); focus stays where it is. */
    paste: function (site, text) {
      var data = new DataTransfer();
      data.setData('text/plain', text);
      return !editor(site).dispatchEvent(new ClipboardEvent('paste',
          { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    },

    /** The composer's text as its editor's own state holds it. */
    text: function (site) {
      if (site === 'linkedin') {
        return window.__fixture.shareBox.quill.getText().replace(/\n$/, '');
      }
      return window.__fixture.composerTexts()[0].text;
    },

    /**
     * Starts recording keydowns (capture, on window: before any listener of the page or the extension), mutations
     * of the editor, and each mutation of the panel's findings with the length the findings were made for.
     */
    startKeystrokes: function (site, limit) {
      var list = findingsList();
      if (!list) {
        throw new Error('the panel lists no findings');
      }
      var record = { keydowns: [], editor: [], findings: [], startLength: lengthShown(limit) };
      record.listener = function (event) {
        record.keydowns.push([event.timeStamp, performance.now()]);
      };
      window.addEventListener('keydown', record.listener, true);
      record.editorObserver = new MutationObserver(function () { record.editor.push(performance.now()); });
      record.editorObserver.observe(editor(site), WATCH);
      record.findingsObserver = new MutationObserver(function () {
        record.findings.push([performance.now(), lengthShown(limit)]);
      });
      record.findingsObserver.observe(list, WATCH);
      keystrokes = record;
      return true;
    },

    /**
     * Stops recording; returns {keydowns: [[timeStamp, now]], editor: [now], findings: [[now, length]], startLength}.
     */
    stopKeystrokes: function () {
      var record = keystrokes;
      keystrokes = null;
      window.removeEventListener('keydown', record.listener, true);
      record.editorObserver.disconnect();
      record.findingsObserver.disconnect();
      return { keydowns: record.keydowns, editor: record.editor, findings: record.findings,
        startLength: record.startLength };
    },

    /**
     * Gives the composer focus and records when the panel shows findings for it. Without a panel yet (first focus on
     * a page), that is when a finding first appears in a panel in the page; with one (focus again), the first
     * mutation of its findings after the focus. Returns at once; focusResult() reads the outcome.
     */
    focus: function (site) {
      var record = { start: 0, focusEvent: -1, panel: -1, findings: -1 };
      var target = editor(site);
      var observers = [];
      function done() {
        observers.forEach(function (observer) { observer.disconnect(); });
      }
      function elapsed() {
        return performance.now() - record.start;
      }
      var list = findingsList();
      if (list) {
        record.panel = 0;
        var listObserver = new MutationObserver(function () {
          record.findings = elapsed();
          done();
        });
        listObserver.observe(list, WATCH);
        observers.push(listObserver);
      } else {
        var check = function () {
          var host = panel();
          if (!host || !host.isConnected) {
            return;
          }
          if (record.panel < 0) {
            record.panel = elapsed();
            var inside = new MutationObserver(check);
            inside.observe(host.shadowRoot, WATCH);
            observers.push(inside);
          }
          if (host.shadowRoot.querySelector('[data-rule-id]')) {
            record.findings = elapsed();
            done();
          }
        };
        var page = new MutationObserver(check);
        page.observe(document.body, { childList: true, subtree: true });
        observers.push(page);
        var outlet = document.querySelector('#interop-outlet');
        if (outlet && outlet.shadowRoot) {
          var shadow = new MutationObserver(check);
          shadow.observe(outlet.shadowRoot, { childList: true, subtree: true });
          observers.push(shadow);
        }
      }
      target.addEventListener('focus', function () {
        if (record.focusEvent < 0) {
          record.focusEvent = elapsed();
        }
      }, { once: true });
      focusing = record;
      record.start = performance.now();
      target.focus();
      return true;
    },

    /** {focusEvent, panel, findings}: ms after focus() was called, -1 for what has not happened (yet). */
    focusResult: function () {
      return { focusEvent: focusing.focusEvent, panel: focusing.panel, findings: focusing.findings };
    },

    /**
     * Makes engine.js (an ES module, its source given as text) callable here: the module's export list becomes
     * the return value of a function, so nothing is evaluated from a string in the page (its CSP forbids eval).
     * ExtensionBench does this rewrite and passes the function's result; this keeps it.
     */
    useEngine: function (engine) {
      window.__heraldBench.engine = engine;
      return typeof engine.lint === 'function';
    },

    /** Times engine.lint(rules, request) `count` times after as many untimed calls; returns the times in ms. */
    timeLint: function (rules, request, count) {
      var engine = window.__heraldBench.engine;
      var result = JSON.parse(engine.lint(rules, request));
      if (result.error) {
        throw new Error(result.error);
      }
      for (var i = 0; i < count; i++) {
        engine.lint(rules, request);
      }
      var times = [];
      for (var j = 0; j < count; j++) {
        var start = performance.now();
        engine.lint(rules, request);
        times.push(performance.now() - start);
      }
      return { times: times, findings: result.findings.length };
    },
  };
})();
