// Starts the WebAssembly app: checks what the browser must support, shows a loader while
// the app downloads and compiles, and a clear message with a Retry button instead of a blank
// page when something fails. The <script> tag that loads this file names the app's files
// (data-app, data-wasm), so a packaged page can give them content-hashed names; a
// single-file page has no data-app: its app script follows inline, the wasm inside it.
(function () {
  'use strict';

  const canvas = document.getElementById('canvas');
  const loadingText = document.getElementById('loading-text');
  const config = (document.currentScript && document.currentScript.dataset) || {};
  const appFile = config.app;
  const wasmFile = config.wasm;

  function fail(title, detail, retry) {
    document.getElementById('loading').hidden = true;
    canvas.hidden = true;
    document.getElementById('fatal-title').textContent = title;
    document.getElementById('fatal-text').textContent = detail;
    document.getElementById('fatal-retry').hidden = !retry;
    document.getElementById('fatal').hidden = false;
  }
  document.getElementById('fatal-retry').addEventListener('click', () => window.location.reload());

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('WebAssembly is not available',
      'This browser cannot run WebAssembly, or it is switched off by policy. ' +
      'Use a current Chrome, Edge, Firefox or Safari.');
    return;
  }
  if (!document.createElement('canvas').getContext('webgl2')) {
    fail('WebGL 2 is not available',
      'The planner draws with WebGL 2, which this browser has switched off or does not support. ' +
      'Check that hardware acceleration is enabled, or use a current Chrome, Edge, Firefox or Safari.');
    return;
  }

  canvas.addEventListener('contextmenu', (event) => event.preventDefault());
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    fail('The graphics context was lost', 'Reload the page to continue; your answers are kept in the link.', true);
  });
  window.addEventListener('kickstart-ready', () => canvas.focus());

  const downloadFailed = (what) => fail('Backstage Kickstart could not be downloaded',
    `${what} did not load from the server hosting this page. Check the connection, then retry.`, true);

  // The wasm download and compilation start now, while app.js is still on its way, instead
  // of after app.js has run: the two overlap and the first frame comes sooner. Streaming
  // compilation needs the server to send .wasm as application/wasm; many intranet servers do
  // not, so then it compiles from the bytes, quietly: nothing is wrong for the user. The
  // promise never rejects (an unused rejection would be reported as an error): it resolves
  // to the module, or to the message to show.
  async function compileWasm() {
    let response;
    try {
      response = await fetch(wasmFile, { credentials: 'same-origin' });
    } catch (error) {
      return { failed: () => downloadFailed(wasmFile) };
    }
    if (!response.ok) return { failed: () => downloadFailed(`${wasmFile} (HTTP ${response.status})`) };
    try {
      const streaming = (response.headers.get('Content-Type') || '').startsWith('application/wasm') &&
        typeof WebAssembly.compileStreaming === 'function';
      return {
        module: streaming
          ? await WebAssembly.compileStreaming(response)
          : await WebAssembly.compile(await response.arrayBuffer()),
      };
    } catch (error) {
      return { failed: () => fail('Backstage Kickstart could not start', `The WebAssembly module did not compile: ${error}`, true) };
    }
  }
  const compiled = wasmFile ? compileWasm() : null;

  async function instantiateWasm(imports, receive) {
    const { module, failed } = await compiled;
    if (failed) {
      failed();
      return;
    }
    try {
      receive(await WebAssembly.instantiate(module, imports), module);
    } catch (error) {
      fail('Backstage Kickstart could not start', `The WebAssembly module did not start: ${error}`, true);
    }
  }

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    setStatus: (text) => { if (text) loadingText.textContent = text; },
    onAbort: (what) => fail('Backstage Kickstart stopped unexpectedly', String(what), true),
    onRuntimeInitialized: () => {
      // A read-only view of the app's state, used by the page's browser tests.
      window.kickstart = {
        state: () => JSON.parse(window.Module.ccall('kickstart_state_json', 'string', [], [])),
        framesDrawn: () => window.Module.ccall('kickstart_frames_drawn', 'number', [], []),
        heap: () => ({
          peak: window.Module.ccall('kickstart_heap_peak', 'number', [], []),
          inUse: window.Module.ccall('kickstart_heap_in_use', 'number', [], []),
          memory: window.Module.HEAP8.length,
        }),
        // Asks for a few frames without any input (the app is idle otherwise).
        requestFrames: () => { if (window.Module.kickstartBridge) window.Module.kickstartBridge.bump(); },
      };
    },
  };
  if (wasmFile) {
    window.Module.instantiateWasm = (imports, receive) => {
      instantiateWasm(imports, receive);
      return {};  // Emscripten waits for receive()
    };
  }

  if (appFile) {
    const script = document.createElement('script');
    script.src = appFile;
    script.onerror = () => downloadFailed(appFile);
    document.body.appendChild(script);
  }
})();
