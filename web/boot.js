// Starts the WebAssembly app: checks what the browser must support, shows a loader while
// app.wasm downloads and compiles, and a clear message instead of a blank page on failure.
(function () {
  'use strict';

  const canvas = document.getElementById('canvas');
  const loadingText = document.getElementById('loading-text');

  function fail(title, detail) {
    document.getElementById('loading').hidden = true;
    canvas.hidden = true;
    document.getElementById('fatal-title').textContent = title;
    document.getElementById('fatal-text').textContent = detail;
    document.getElementById('fatal').hidden = false;
  }

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
    fail('The graphics context was lost', 'Reload the page to continue; your answers are kept in the link.');
  });
  window.addEventListener('kickstart-ready', () => canvas.focus());

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    setStatus: (text) => { if (text) loadingText.textContent = text; },
    onAbort: (what) => fail('Backstage Kickstart stopped unexpectedly', String(what)),
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

  const script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = () => fail('The app could not be downloaded',
    'app.js did not load. Check your connection to the server hosting this page, then reload.');
  document.body.appendChild(script);
})();
