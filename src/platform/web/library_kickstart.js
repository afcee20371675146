// The page side of the browser platform layer: every call the app makes into JavaScript
// (declared in browser.cpp, linked with --js-library). Plain JavaScript in Emscripten's
// library format, so a linter or `node --check` reads it as it is.
//
// Strings cross as (pointer, length) into JavaScript, and come out as malloc'ed UTF-8 that
// the C++ side frees (kickstartNewString).
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Browser facts: language, colour scheme, today's date
// [SECTION] Canvas: cursor, backbuffer, ready signal
// [SECTION] Events into the app: the bridge
// [SECTION] Touch: fingers on the canvas, coarse pointers, the on-screen keyboard
// [SECTION] Printing: the plan's report instead of the canvas
// [SECTION] Address and autosave
// [SECTION] Downloads, clipboard, files, links
// [SECTION] The DOM mirror: what screen readers and the browser see of the canvas

/* global mergeInto, LibraryManager, Module, Browser, GLFW, HEAPU8, UTF8ToString, stringToUTF8,
   lengthBytesUTF8, _malloc, _free */

mergeInto(LibraryManager.library, {
  // [SECTION] Helpers

  // A JavaScript string as a NUL-terminated UTF-8 copy in the wasm heap; the caller frees it.
  $kickstartNewString__deps: ['malloc'],
  $kickstartNewString: function (text) {
    const size = lengthBytesUTF8(text) + 1;
    const pointer = _malloc(size);
    stringToUTF8(text, pointer, size);
    return pointer;
  },

  // Calls fn with a temporary heap copy of text, freed after.
  $kickstartWithString__deps: ['$kickstartNewString', 'free'],
  $kickstartWithString: function (text, fn) {
    const pointer = kickstartNewString(text);
    try {
      fn(pointer);
    } finally {
      _free(pointer);
    }
  },

  // [SECTION] Browser facts: language, colour scheme, today's date

  kickstart_js_browser_language__deps: ['$kickstartNewString'],
  kickstart_js_browser_language: function () {
    return kickstartNewString((navigator.languages && navigator.languages[0]) || navigator.language || 'en');
  },

  // macOS (or iPadOS): ⌘ shortcuts. userAgentData where the browser has it, else the
  // platform string Safari and Firefox still give.
  kickstart_js_is_mac: function () {
    const data = navigator.userAgentData;
    const platform = (data && data.platform) || navigator.platform || '';
    return /^mac|iphone|ipad|ipod/i.test(platform) ? 1 : 0;
  },

  kickstart_js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },

  kickstart_js_today__deps: ['$kickstartNewString'],
  kickstart_js_today: function () {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return kickstartNewString(now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate()));
  },

  // [SECTION] Canvas: cursor, backbuffer, ready signal

  // Order follows ImGuiMouseCursor_: Arrow, TextInput, ResizeAll, ResizeNS, ResizeEW,
  // ResizeNESW, ResizeNWSE, Hand, NotAllowed; -1 (None) hides it.
  kickstart_js_set_cursor: function (cursor) {
    const names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer',
      'not-allowed'];
    Module.canvas.style.cursor = cursor < 0 ? 'none' : (names[cursor] || 'default');
  },

  kickstart_js_signal_ready: function () {
    window.kickstartReadyAt = performance.now();  // the startup benchmark reads it
    document.body.classList.add('app-ready');
    window.dispatchEvent(new CustomEvent('kickstart-ready'));
  },

  // Without WebGL 2 the plan is still there: its HTML report goes into the page, readable,
  // printable and searchable, under boot.js's message (which says which case this is).
  kickstart_js_report_no_webgl__deps: ['$kickstartReportInto'],
  kickstart_js_report_no_webgl: function (withPlan) {
    const html = withPlan ? UTF8ToString(Module._kickstart_report_html()) : '';
    if (html) {
      const host = document.createElement('main');
      host.id = 'plan-without-webgl';
      document.body.appendChild(host);
      kickstartReportInto(host.attachShadow({ mode: 'open' }), html);
    }
    window.dispatchEvent(new CustomEvent('kickstart-no-webgl', { detail: { plan: Boolean(html) } }));
  },

  kickstart_js_resize_backbuffer__deps: ['$Browser', '$GLFW'],
  kickstart_js_resize_backbuffer: function (width, height) {
    Browser.setCanvasSize(width, height);  // canvas.width/height; mouse events scale by it
    if (GLFW.active) {
      GLFW.active.width = width;
      GLFW.active.height = height;
    }
  },

  // [SECTION] Events into the app: the bridge

  // Installs the listeners that feed the app: the input counter the idle loop watches (each
  // event also wakes a paused loop), a frame drawn inside each press and release, the canvas
  // size and device-pixel-ratio watchers, the wheel, hashchange, paste and the file input.
  // maxFileBytes: the largest plan file the core reads (kickstart/core/limits.hpp).
  kickstart_js_install_bridge__deps: ['$kickstartWithString', '$kickstartInstallPrinting', '$kickstartInstallMirror',
    '$kickstartInstallTouch', 'malloc', 'free'],
  kickstart_js_install_bridge: function (maxFileBytes) {
    const K = Module.kickstartBridge = { serial: 1 };
    // Anything that may change what is drawn: count it, and run the frame loop again if it
    // paused while the page was idle.
    const bump = () => {
      K.serial = (K.serial + 1) >>> 0;
      Module._kickstart_wake();
    };
    K.bump = bump;
    for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'touchstart', 'touchmove',
      'touchend', 'resize', 'focus', 'blur']) {
      window.addEventListener(type, bump, { passive: true, capture: true });
    }
    document.addEventListener('visibilitychange', bump);
    // Presses and releases are drawn at once, inside the event (bubbling phase: GLFW's
    // capturing listeners have updated the input state by then), so what they trigger —
    // copying, the file picker — runs within the user's gesture. (Touches draw their own:
    // kickstartInstallTouch.)
    for (const type of ['mousedown', 'mouseup', 'keydown', 'keyup']) {
      window.addEventListener(type, () => Module._kickstart_input_frame(), { passive: true });
    }
    // The canvas can change size without a window resize, and the device-pixel ratio can
    // change without either (another screen): both wake the loop.
    if (typeof ResizeObserver === 'function') new ResizeObserver(bump).observe(Module.canvas);
    const watchRatio = () => {
      if (!window.matchMedia) return;
      const query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      const changed = () => {
        query.removeEventListener('change', changed);
        bump();
        watchRatio();
      };
      query.addEventListener('change', changed);
    };
    watchRatio();
    // Emscripten 3.1.6's GLFW hands ImGui the raw deltaY in pixels with the sign flipped
    // (a wheel notch scrolled ~100 lines the wrong way). Normalise to notches here and keep
    // the event from reaching GLFW's own listener on the canvas. A touchpad's pinch arrives
    // as a wheel event with ctrlKey set (as does Ctrl+wheel): that one is the browser's, it
    // zooms the page.
    window.addEventListener('wheel', (event) => {
      if (event.target !== Module.canvas) return;
      event.stopPropagation();
      if (event.ctrlKey) return;
      event.preventDefault();
      const scale = event.deltaMode === 1 ? 1 / 3 : event.deltaMode === 2 ? 10 : 1 / 100;
      Module._kickstart_on_wheel(-event.deltaX * scale, -event.deltaY * scale);
      bump();
    }, { capture: true, passive: false });
    // Back and Forward between the page's own entries: the app shows that entry's screen and
    // puts the current plan's link back in the address at once, so the hashchange that
    // follows (the entry's older link) finds nothing to open.
    window.addEventListener('popstate', (event) => {
      const entry = event.state && typeof event.state.kickstart === 'string' ? event.state.kickstart : '';
      if (!entry) return;
      kickstartWithString(entry, (text) => Module._kickstart_on_history(text));
      bump();
    });
    // Another tab of the page saved its plan.
    window.addEventListener('storage', (event) => {
      if (event.key !== 'backstage-kickstart/autosave' || event.storageArea !== window.localStorage) return;
      kickstartWithString(event.newValue || '', (text) => Module._kickstart_on_autosave_elsewhere(text));
      bump();
    });
    window.addEventListener('hashchange', () => {
      kickstartWithString(window.location.hash.substring(1), (fragment) => Module._kickstart_on_fragment(fragment));
      bump();
    });
    // Paste goes straight into the focused text field (Emscripten's GLFW has no clipboard).
    window.addEventListener('paste', (event) => {
      if (!Module._kickstart_wants_text()) return;
      const text = (event.clipboardData || window.clipboardData).getData('text');
      event.preventDefault();
      kickstartWithString(text, (pasted) => Module._kickstart_on_paste(pasted));
      bump();
      Module._kickstart_input_frame();
    });
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.id = 'kickstart-file';
    document.body.appendChild(input);
    input.addEventListener('change', async () => {
      const file = input.files && input.files[0];
      input.value = '';
      if (!file) return;
      // Read no more than the core accepts; the real size still reaches the message. The
      // bytes go as they are (not decoded to text here), so a file saved in another encoding
      // is reported as such, with the position, instead of arriving with its letters replaced.
      let bytes = new Uint8Array(0);
      try {
        bytes = new Uint8Array(await file.slice(0, maxFileBytes + 1).arrayBuffer());
      } catch (error) {
        bytes = new Uint8Array(0);
      }
      const data = _malloc(Math.max(bytes.length, 1));
      HEAPU8.set(bytes, data);
      try {
        kickstartWithString(file.name, (name) => Module._kickstart_on_file(name, data, bytes.length, file.size));
      } finally {
        _free(data);
      }
      bump();
    });
    kickstartInstallPrinting();
    kickstartInstallMirror();
    kickstartInstallTouch();
  },

  // [SECTION] Touch: fingers on the canvas, coarse pointers, the on-screen keyboard

  // Whether the primary pointer is coarse (a finger) when the app starts; changes arrive
  // through kickstart_on_coarse_pointer.
  kickstart_js_coarse_pointer: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },

  // Touches on the canvas go to the app's gesture code (main.cpp, touch_gesture.hpp), never
  // to Emscripten's GLFW: it would press the left button at the last mouse position on
  // touchstart and ignore the finger's moves. One finger taps, drags and flicks; two or more
  // are the browser's (pinch-zoom, panning a zoomed page: the canvas has touch-action:
  // pinch-zoom, and nothing here prevents a multi-touch default). Touches on other elements
  // (the mirror's fields on a coarse pointer) keep the browser's behaviour: focus, keyboard.
  $kickstartInstallTouch__deps: ['$kickstartInstallSoftKeyboard'],
  $kickstartInstallTouch: function () {
    const canvas = Module.canvas;
    const kinds = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
    const onTouch = (event) => {
      if (event.target !== canvas) return;
      event.stopPropagation();  // from GLFW's listeners on the canvas
      const touch = event.changedTouches[0];
      if (!touch) return;
      const rect = canvas.getBoundingClientRect();
      const kind = kinds[event.type];
      // The first finger's release ends a tap: no compatibility mouse events, no click after
      // it (they would reach GLFW and press again). Only single-finger ends are cancelled.
      if (kind === 2 && event.cancelable && event.touches.length === 0 && event.changedTouches.length === 1) {
        event.preventDefault();
        // A tap on the canvas takes the focus from a mirror field: the on-screen keyboard closes.
        const field = Module.kickstartMirror && Module.kickstartMirror.focusedField();
        if (field) canvas.focus({ preventScroll: true });
      }
      Module._kickstart_on_touch(kind, touch.clientX - rect.left, touch.clientY - rect.top, event.touches.length,
        event.timeStamp || performance.now());
      if (Module.kickstartBridge) Module.kickstartBridge.bump();
    };
    for (const type of Object.keys(kinds)) {
      window.addEventListener(type, onTouch, { capture: true, passive: type !== 'touchend' });
    }
    // A real mouse takes the pointer back (a laptop with a touch screen).
    const onPointer = (event) => {
      if (event.pointerType === 'mouse') Module._kickstart_on_mouse_used();
    };
    window.addEventListener('pointermove', onPointer, { capture: true, passive: true });
    window.addEventListener('pointerdown', onPointer, { capture: true, passive: true });
    // Coarse or fine as the primary pointer changes (a tablet's keyboard cover attached).
    if (window.matchMedia) {
      window.matchMedia('(pointer: coarse)').addEventListener('change', (query) => {
        Module._kickstart_on_coarse_pointer(query.matches ? 1 : 0);
        if (Module.kickstartBridge) Module.kickstartBridge.bump();
      });
    }
    kickstartInstallSoftKeyboard();
  },

  // On a coarse pointer the mirror's text and number fields take taps themselves
  // (style.css: html.coarse-pointer): the tap focuses a real <input>, so the phone's
  // keyboard comes up with its input methods and autocorrect, and the mirror hands what is
  // typed to the ImGui field (the mirror's "focus" and "value" actions).
  $kickstartInstallSoftKeyboard: function () {
    const root = document.documentElement;
    const follow = (coarse) => root.classList.toggle('coarse-pointer', coarse);
    if (!window.matchMedia) return;
    const query = window.matchMedia('(pointer: coarse)');
    follow(query.matches);
    query.addEventListener('change', () => follow(query.matches));
  },

  // [SECTION] Printing: the plan's report instead of the canvas

  // Paper gets the plan's HTML report (made by the core, the same as the HTML download), not
  // the canvas: when printing starts it goes into a print-only element.

  // The report's HTML into a shadow root, so its style and the page's keep apart. Its style
  // is adopted as a stylesheet object, which the page's Content-Security-Policy allows where
  // an inline <style> would be refused.
  $kickstartReportInto: function (shadow, html) {
    // The style is taken out before parsing: even an inert document's <style> counts as an
    // inline style for the page's policy, and would be reported as refused.
    // The closing tag is assembled, so the single-file page can inline this script.
    const open = html.indexOf('<style>');
    const close = html.indexOf('<' + '/style>');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(open >= 0 && close > open ? html.substring(open + 7, close) : '');
    shadow.adoptedStyleSheets = [sheet];
    const parsed = new DOMParser().parseFromString(
      open >= 0 && close > open ? html.substring(0, open) + html.substring(close + 8) : html, 'text/html');
    const report = document.createElement('div');
    report.className = 'report';
    report.lang = parsed.documentElement.lang;
    report.append(...Array.from(parsed.body.childNodes));
    shadow.replaceChildren(report);
  },

  $kickstartInstallPrinting__deps: ['$kickstartReportInto'],
  $kickstartInstallPrinting: function () {
    const host = document.createElement('div');
    host.id = 'print-report';
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const fill = () => {
      const html = UTF8ToString(Module._kickstart_report_html());
      if (html) kickstartReportInto(shadow, html);
    };
    window.addEventListener('beforeprint', fill);
    // Some print paths (and print-media emulation) announce only the media change.
    if (window.matchMedia) {
      window.matchMedia('print').addEventListener('change', (query) => {
        if (query.matches) fill();
      });
    }
  },

  // A timer, not a busy loop: the page stays idle until then.
  kickstart_js_wake_after: function (milliseconds) {
    setTimeout(() => {
      if (Module.kickstartBridge) Module.kickstartBridge.bump();
    }, Math.max(0, milliseconds));
  },

  kickstart_js_input_serial: function () {
    return Module.kickstartBridge ? Module.kickstartBridge.serial : 0;
  },

  // [SECTION] Address and autosave

  kickstart_js_url_fragment__deps: ['$kickstartNewString'],
  kickstart_js_url_fragment: function () {
    return kickstartNewString(window.location.hash.substring(1));
  },

  // pushState for a move to another screen, replaceState for everything else (answers);
  // neither sends a hashchange event back to us. The entry's state names its screen.
  kickstart_js_set_fragment: function (data, length, entry, entryLength, push) {
    const state = { kickstart: UTF8ToString(entry, entryLength) };
    const url = '#' + UTF8ToString(data, length);
    if (push) history.pushState(state, '', url); else history.replaceState(state, '', url);
  },

  kickstart_js_page_address__deps: ['$kickstartNewString'],
  kickstart_js_page_address: function (data, length) {
    return kickstartNewString(window.location.href.split('#')[0] + '#' + UTF8ToString(data, length));
  },

  kickstart_js_load_autosave__deps: ['$kickstartNewString'],
  kickstart_js_load_autosave: function () {
    let text = '';
    try {
      text = window.localStorage.getItem('backstage-kickstart/autosave') || '';
    } catch (error) {
      text = '';  // storage blocked by policy or private mode: run without autosave
    }
    return kickstartNewString(text);
  },

  kickstart_js_save_autosave: function (data, length) {
    try {
      window.localStorage.setItem('backstage-kickstart/autosave', UTF8ToString(data, length));
    } catch (error) {
      // Full or blocked storage: the plan still lives in the address.
    }
  },

  kickstart_js_clear_autosave: function () {
    try {
      window.localStorage.removeItem('backstage-kickstart/autosave');
    } catch (error) {
      // Blocked storage: nothing was saved either.
    }
  },

  // [SECTION] Downloads, clipboard, files, links

  kickstart_js_download: function (name, nameLength, mime, mimeLength, data, length) {
    const blob = new Blob([HEAPU8.slice(data, data + length)], { type: UTF8ToString(mime, mimeLength) });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = UTF8ToString(name, nameLength);
    anchor.rel = 'noopener';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },

  // navigator.clipboard where the page is a secure context; otherwise (plain-http intranet)
  // the selection + execCommand fallback, which browsers still honour after a user gesture.
  // report: whether the outcome goes back to the app (kickstart_on_clipboard).
  kickstart_js_copy: function (data, length, report) {
    const text = UTF8ToString(data, length);
    const done = (ok) => {
      if (report) Module._kickstart_on_clipboard(ok ? 1 : 0);
      if (Module.kickstartBridge) Module.kickstartBridge.bump();
    };
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (error) {
        ok = false;
      }
      area.remove();
      Module.canvas.focus();
      done(ok);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => done(true), fallback);
    } else {
      fallback();
    }
  },

  kickstart_js_pick_file: function () {
    document.getElementById('kickstart-file').click();
  },

  kickstart_js_open_in_new_tab: function (data, length) {
    window.open(UTF8ToString(data, length), '_blank', 'noopener,noreferrer');
  },

  // [SECTION] The DOM mirror: what screen readers and the browser see of the canvas
  //
  // The app records a semantics tree while it draws (src/app/semantics.hpp) and hands it over
  // as JSON only when it changed: {lang, title, status, alert, focus, nodes: [{id, role, name,
  // parent, x, y, w, h, clip, clipped, value, error, href, download, level, checked, selected,
  // expanded, disabled, focusable}]} in CSS pixels. Each node becomes one real element in <main id="semantics">
  // (a <main>) after the canvas — <button>, <input type=checkbox|radio|text|number>, role=tab, <h1>–<h3>,
  // <p>, <pre>, <ul>/<li>, <fieldset>/<legend>, role=alertdialog — placed over the pixels it
  // describes and transparent (style.css), with the stable id "sem-<node id>". Elements are
  // created, updated, moved or removed only where the tree differs from the last one.
  //
  // Events go back to the app as that widget's action (kickstart_semantic_action):
  // - focus on an element (a screen reader's cursor, a tap, element.focus()) -> "focus": the
  //   app's keyboard focus moves there; a text field starts editing;
  // - a click that no key press on it caused (a screen reader's activation, a tap) -> "press";
  // - keys themselves are not translated: the window-level key listeners (Emscripten's GLFW)
  //   already give every key to the app, whose focus is on the same widget, so Enter, Space,
  //   Tab, arrows and typing act exactly as on the canvas. Enter and Space are kept from also
  //   clicking a focused button, and arrows from moving a radio's selection by themselves;
  //   an arrow in a radio group presses the next or previous radio;
  // - the browser scrolling the mirror to show a node the app scrolled away (find-in-page,
  //   a screen reader's cursor) -> "reveal" (park and revealed below);
  // - text that arrives without key presses (an input method's composition, autocorrect, a
  //   phone's on-screen keyboard: `input` events with no keypress before them) -> "value" with
  //   the field's whole text, which replaces the app's.
  // And the app's focus moves the DOM focus: when the tree's focus changes, that element is
  // focused (unless the page's focus is elsewhere, e.g. in the file picker).
  //
  // Phones and tablets: the mirror's <input> elements are the on-screen keyboard's target.
  // Each sits over its ImGui field, is real and focusable; a tap on the field (or focusing the
  // input) brings up the keyboard, and what is typed reaches the ImGui field as above. Layout
  // code may read the element of a widget with window.kickstartMirror.element(id) and the focused
  // field with kickstartMirror.focusedField().
  // A function that builds the mirror's state object: Emscripten's library format keeps
  // functions as written but re-serialises object values (methods and Maps do not survive),
  // and its whitespace minifier misprints method shorthand ({ f() {} }): `f: function`.
  $kickstartInstallMirror__deps: ['$kickstartWithString'],
  $kickstartInstallMirror: function () {
    const kickstartMirror = {
      root: null,
      records: new Map(),  // node id -> { el, outer, container, kind, signature }
      tree: null,
      focus: '',
      syncingFocus: false,
      lastKeyAt: 0,        // when a key last went down inside the mirror
      lastEditAt: 0,       // when a field's text last changed in the page
      keypressPending: false,  // a keypress whose character the next input event inserts
      status: null,
      alert: null,
      element: function (id) {
        const record = kickstartMirror.records.get(id);
        return record ? record.el : null;
      },
      focusedField: function () {
        const active = document.activeElement;
        return active && active.tagName === 'INPUT' && kickstartMirror.root && kickstartMirror.root.contains(active)
          ? active : null;
      },
      send: function (id, action, value) {
        if (!Module._kickstart_semantic_action) return;
        kickstartWithString(id, (idPointer) => kickstartWithString(action, (actionPointer) =>
          kickstartWithString(value || '', (valuePointer) =>
            Module._kickstart_semantic_action(idPointer, actionPointer, valuePointer))));
        if (Module.kickstartBridge) Module.kickstartBridge.bump();
      },
      kind: function (node) {
        switch (node.role) {
          case 'question': return 'fieldset';
          case 'list': return 'ul';
          case 'listitem': return 'li';
          case 'region': return 'section';
          case 'group': case 'radiogroup': case 'tablist': case 'dialog': case 'alertdialog': return 'div';
          case 'button': case 'tab': return 'button';
          case 'checkbox': return 'checkbox';
          case 'radio': return 'radio';
          case 'textbox': return 'text';
          case 'number': return 'number';
          case 'link': return node.href || node.download ? 'a' : 'p';
          case 'heading': return 'h' + Math.min(3, Math.max(1, node.level || 2));
          case 'code': return 'pre';
          default: return 'p';
        }
      },
      isGroup: function (kind) {
        return kind === 'fieldset' || kind === 'ul' || kind === 'li' || kind === 'section' || kind === 'div';
      },
      create: function (node, kind) {
        const M = kickstartMirror;
        let el;
        if (kind === 'checkbox' || kind === 'radio' || kind === 'text' || kind === 'number') {
          el = document.createElement('input');
          el.type = kind;
          if (kind === 'text' || kind === 'number') {
            el.autocomplete = 'off';
            if (kind === 'number') el.inputMode = 'decimal';
          }
        } else {
          el = document.createElement(kind);
          if (kind === 'button') el.type = 'button';
          if (kind === 'fieldset') el.appendChild(document.createElement('legend'));
          if (kind === 'a' && !node.download) {
            el.target = '_blank';
            el.rel = 'noopener noreferrer';
          }
        }
        if (node.download) M.downloadLink(el, node);
        el.id = 'sem-' + node.id;
        el.dataset.sem = node.id;
        el.className = M.isGroup(kind) ? 'sem-group' : 'sem-leaf';
        if (!M.isGroup(kind) && kind !== 'a') {
          el.addEventListener('focus', () => {
            if (M.syncingFocus || M.focus === el.dataset.sem) return;
            M.send(el.dataset.sem, 'focus');
          });
        }
        if (kind === 'button' || kind === 'checkbox' || kind === 'radio') {
          el.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') event.preventDefault();  // the app presses it
            if (kind === 'radio' && event.key.startsWith('Arrow')) {
              event.preventDefault();
              const group = Array.from(el.parentElement.querySelectorAll('input[type=radio]'));
              const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
              const next = group[(group.indexOf(el) + step + group.length) % group.length];
              if (next) M.send(next.dataset.sem, 'press');
            }
          });
          el.addEventListener('click', (event) => {
            event.preventDefault();  // the state shown is the app's, which the next tree brings
            if (performance.now() - M.lastKeyAt < 400) return;  // the key went to the app already
            M.send(el.dataset.sem, 'press');
          });
        }
        if (kind === 'text' || kind === 'number') {
          el.addEventListener('input', (event) => {
            M.lastEditAt = performance.now();  // the field's text is the page's until the app has it
            if (event.isComposing) return;  // the composition's end brings the text
            const fromKeypress = M.keypressPending;  // GLFW gave that character to the app already
            M.keypressPending = false;
            if (fromKeypress && event.inputType === 'insertText') return;
            if (event.inputType === 'deleteContentBackward' && performance.now() - M.lastKeyAt < 400 &&
              M.lastKey === 'Backspace') return;
            if (kind === 'number' && el.validity.badInput) return;
            M.send(el.dataset.sem, 'value', el.value);
          });
          el.addEventListener('compositionend', () => M.send(el.dataset.sem, 'value', el.value));
        }
        return el;
      },
      update: function (record, node) {
        const M = kickstartMirror;
        const el = record.el;
        const kind = record.kind;
        const set = (name, value) => {
          if (value === null || value === undefined || value === false) el.removeAttribute(name);
          else el.setAttribute(name, value === true ? 'true' : String(value));
        };
        const style = el.style;
        if (kind === 'fieldset') {
          el.firstChild.textContent = node.name;
        } else if (record.isGroup) {
          set('aria-label', node.name || null);
          const role = { group: 'group', radiogroup: 'radiogroup', tablist: 'tablist', dialog: 'dialog',
            alertdialog: 'alertdialog' }[node.role];
          if (role) set('role', role);
          if (node.role === 'dialog' || node.role === 'alertdialog') set('aria-modal', true);
        } else {
          if (!node.clipped) {  // a clipped one is placed by park()
            style.left = node.x + 'px';
            style.top = node.y + 'px';
          }
          style.width = Math.max(1, node.w) + 'px';
          style.height = Math.max(1, node.h) + 'px';
          if (el.tagName === 'INPUT') {
            set('aria-label', node.name);
            if (kind === 'checkbox' || kind === 'radio') {
              el.checked = !!node.checked;
              if (kind === 'radio') el.name = 'sem-' + (node.parent || 'radios');
            } else if (el.value !== node.value && document.activeElement !== el) {
              el.value = node.value || '';
            } else if (el.value !== node.value && performance.now() - Math.max(M.lastKeyAt, M.lastEditAt) > 400) {
              el.value = node.value || '';
            }
            set('aria-invalid', node.error ? true : null);
            set('aria-describedby', node.error ? 'sem-' + node.id + '.message' : null);
          } else if (el.textContent !== node.name) {
            el.textContent = node.name;
          }
          if (kind === 'a' && node.download) {
            if (el.download !== node.value) el.download = node.value;
          } else if (kind === 'a') {
            el.href = node.href;
          }
          if (node.role === 'tab') {
            set('role', 'tab');
            set('aria-selected', !!node.checked);
          } else if (kind === 'button' && node.checked !== undefined) {
            set('aria-pressed', !!node.checked);
          }
          if (kind === 'button') set('aria-expanded', node.expanded === undefined ? null : node.expanded);
          if (kind === 'button') set('aria-current', node.selected ? (node.parent === 'stepper' ? 'step' : 'true') : null);
          el.disabled = !!node.disabled && el.tagName !== 'P';
          if (/^H\d$/.test(el.tagName)) {
            el.tabIndex = -1;  // focused by the page when a new screen replaces the focused element
          } else if (!M.isGroup(kind) && kind !== 'a' && el.tagName !== 'P' && el.tagName !== 'PRE') {
            el.tabIndex = node.focusable ? 0 : -1;
          }
        }
      },
      apply: function (tree) {
        const M = kickstartMirror;
        if (!M.root) return;
        if (tree.lang && document.documentElement.lang !== tree.lang) document.documentElement.lang = tree.lang;
        if (tree.title && document.title !== tree.title) document.title = tree.title;
        const announce = tree.alert ? M.alert : M.status;
        const quiet = tree.alert ? M.status : M.alert;
        if (announce.textContent !== tree.status) announce.textContent = tree.status;
        if (quiet.textContent) quiet.textContent = '';

        const hadFocus = M.root.contains(document.activeElement) ? document.activeElement : null;
        const seen = new Set();
        const children = new Map();  // container element -> elements in order
        const childrenOf = (container) => {
          if (!children.has(container)) children.set(container, []);
          return children.get(container);
        };
        for (const node of tree.nodes) {
          const kind = M.kind(node);
          let record = M.records.get(node.id);
          if (record && record.kind !== kind) {
            record.outer.remove();
            record = null;
          }
          const parent = node.parent ? M.records.get(node.parent) : null;
          const container = parent ? parent.el : M.root;
          if (!record) {
            const el = M.create(node, kind);
            record = { el, outer: el, kind, signature: '', isGroup: M.isGroup(kind) };
            M.records.set(node.id, record);
          }
          // A list holds list items only: anything else sits in an item of its own.
          const wantsWrapper = container.tagName === 'UL' && kind !== 'li';
          if (wantsWrapper && record.outer === record.el) {
            record.outer = document.createElement('li');
            record.outer.className = 'sem-group';
            record.outer.appendChild(record.el);
          } else if (!wantsWrapper && record.outer !== record.el) {
            record.outer.replaceWith(record.el);
            record.outer = record.el;
          }
          const signature = JSON.stringify(node);
          if (signature !== record.signature) {
            M.update(record, node);
            record.signature = signature;
          }
          seen.add(node.id);
          childrenOf(container).push(record.outer);
        }
        M.park(tree);
        M.records.forEach((record, id) => {
          if (seen.has(id)) return;
          record.outer.remove();
          M.records.delete(id);
        });
        // Order: move only what is out of place (moving an element would drop its focus).
        children.forEach((wanted, container) => {
          let at = container.firstElementChild;
          if (at && at.tagName === 'LEGEND') at = at.nextElementSibling;
          for (const el of wanted) {
            if (el === at) {
              at = at.nextElementSibling;
            } else {
              container.insertBefore(el, at);
            }
          }
        });
        // The focused element went with its screen: the new screen's first heading takes the
        // focus, so a screen reader says where the user is now.
        if (hadFocus && !hadFocus.isConnected) {
          const heading = M.root.querySelector('h1') || M.root.querySelector('h2');
          M.syncingFocus = true;
          if (heading && !tree.focus) heading.focus({ preventScroll: true }); else Module.canvas.focus({ preventScroll: true });
          M.syncingFocus = false;
        }
        // The app's focus moves the page's.
        if (tree.focus !== M.focus) {
          M.focus = tree.focus;
          const target = M.element(tree.focus);
          const active = document.activeElement;
          const ours = !active || active === document.body || active === Module.canvas || M.root.contains(active);
          if (target && ours && active !== target) {
            M.syncingFocus = true;
            target.focus({ preventScroll: true });
            M.syncingFocus = false;
          }
        }
        M.tree = tree;
      },
      // A download of the plan (node.download: its export format, node.value: the file name)
      // is a real link: <a download href="blob:..."> that a screen reader calls a link and
      // whose "save link as" works. Its file is the one the app's button gives; the app
      // writes it when asked (kickstart_export_file), not every frame and not while the page
      // is idle: just before the link can be followed — focus, the pointer over it, its
      // context menu, its activation (until then its address is "#"). Keys act as on the
      // other buttons: the app, focused on the same widget, downloads on Enter.
      downloadLink: function (el, node) {
        const M = kickstartMirror;
        el.href = '#';
        el.dataset.format = node.download;
        el.addEventListener('focus', () => {
          M.fillDownload(el);
          if (M.syncingFocus || M.focus === el.dataset.sem) return;
          M.send(el.dataset.sem, 'focus');
        });
        el.addEventListener('pointerenter', () => M.fillDownload(el));
        el.addEventListener('contextmenu', () => M.fillDownload(el));
        el.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') event.preventDefault();  // the app downloads it
        });
        el.addEventListener('click', (event) => {
          if (performance.now() - M.lastKeyAt < 400) {
            event.preventDefault();  // the key went to the app already
            return;
          }
          M.fillDownload(el);  // the link is followed after this listener, with this address
        });
      },
      fillDownload: function (el) {
        if (!Module._kickstart_export_file) return;
        let file = '';
        kickstartWithString(el.dataset.format || '', (format) => { file = UTF8ToString(Module._kickstart_export_file(format)); });
        if (!file) return;
        const newline = file.indexOf('\n');
        const url = URL.createObjectURL(new Blob([file.slice(newline + 1)], { type: file.slice(0, newline) }));
        const previous = el.href;
        el.href = url;
        if (previous.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(previous), 10000);
      },
      // Find-in-page and a screen reader's cursor reach text the app has scrolled out of its
      // pane by scrolling the mirror (an overflow: hidden box still scrolls for them). Each
      // node out of the app's view ("clipped") is parked below the mirror's visible area, one
      // per screenful, so whatever the browser scrolled to show, exactly one parked node is in
      // view afterwards: revealed() tells the app to scroll to it ("reveal"), and the mirror
      // scrolls back; the next tree puts the node over its pixels again.
      park: function (tree) {
        const M = kickstartMirror;
        const screen = Math.max(1, M.root.clientHeight);
        const parked = [];
        let top = screen + 16;
        for (const node of tree.nodes) {
          if (!node.clipped) continue;
          const record = M.records.get(node.id);
          if (!record || record.isGroup) continue;
          const height = Math.max(1, node.h);
          const left = Math.max(0, Math.min(node.x, M.root.clientWidth - node.w)) + 'px';
          if (record.el.style.top !== top + 'px') record.el.style.top = top + 'px';
          if (record.el.style.left !== left) record.el.style.left = left;
          parked.push({ id: node.id, top, bottom: top + height });
          top += height + screen + 16;
        }
        M.parked = parked;
      },
      revealed: function () {
        const M = kickstartMirror;
        const root = M.root;
        if (root.scrollTop === 0 && root.scrollLeft === 0) return;  // the mirror scrolled back
        const top = root.scrollTop;
        const bottom = top + root.clientHeight;
        const shown = (M.parked || []).find((p) => p.top < bottom && p.bottom > top);
        root.scrollTop = 0;
        root.scrollLeft = 0;
        if (shown) M.send(shown.id, 'reveal');
      },
      install: function () {
        const M = kickstartMirror;
        // The startup benchmark measures the first frame with and without the mirror.
        if (window.kickstartWithoutMirror) return;
        // The page's main landmark; the canvas, whose pixels it describes, is hidden from
        // assistive technology (it stays focusable by script only: tabindex=-1).
        const root = document.createElement('main');
        root.id = 'semantics';
        Module.canvas.after(root);
        Module.canvas.setAttribute('aria-hidden', 'true');
        M.root = root;
        M.status = document.createElement('div');
        M.status.id = 'semantics-status';
        M.status.setAttribute('role', 'status');
        M.status.setAttribute('aria-live', 'polite');
        M.alert = document.createElement('div');
        M.alert.id = 'semantics-alert';
        M.alert.setAttribute('role', 'alert');
        root.after(M.status, M.alert);
        root.addEventListener('keydown', (event) => {
          M.lastKeyAt = performance.now();
          M.lastKey = event.key;
        }, true);
        root.addEventListener('keyup', (event) => {
          if (event.key === ' ' || event.key === 'Enter') M.lastKeyAt = performance.now();
        }, true);
        root.addEventListener('keypress', () => { M.keypressPending = true; }, true);
        root.addEventListener('scroll', M.revealed);
        Module.kickstartMirror = M;
        window.kickstartMirror = M;
      },
    };
    kickstartMirror.install();
  },

  kickstart_js_update_semantics: function (data, length) {
    const mirror = Module.kickstartMirror;
    if (!mirror) return;
    const start = performance.now();
    mirror.apply(JSON.parse(UTF8ToString(data, length)));
    // For the benchmark: what the first tree (all elements created) and the last one cost.
    mirror.lastApplyMs = performance.now() - start;
    if (mirror.firstApplyMs === undefined) mirror.firstApplyMs = mirror.lastApplyMs;
  },
});
