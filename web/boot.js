// Starts the WebAssembly app: checks what the browser must support, shows a loader while
// the app downloads and compiles, and a clear message with a Retry button instead of a blank
// page or an endless spinner when something fails. The <script> tag that loads this file
// names the app's files (data-app, data-wasm), so a packaged page can give them
// content-hashed names; a single-file page has no data-app: its app script follows inline,
// the wasm inside it. Messages follow the browser's language (English or Polish).
(function () {
  'use strict';

  document.documentElement.classList.add('js');  // shows the loader (style.css)

  const TEXTS = {
    en: {
      loading: 'Loading Backstage Kickstart…',
      retry: 'Retry',
      noWasmTitle: 'WebAssembly is not available',
      noWasm: 'This browser cannot run WebAssembly, or it is switched off by policy. ' +
        'Use a current Chrome, Edge, Firefox or Safari.',
      noWebglTitle: 'WebGL 2 is not available',
      noWebgl: 'The planner draws with WebGL 2, which this browser has switched off or does not support. ' +
        'Check that hardware acceleration is enabled, or use a current Chrome, Edge, Firefox or Safari.',
      noWebglPlan: 'The planner draws with WebGL 2, which this browser has switched off or does not support, ' +
        'so the plan you opened is shown below as a page: you can read, print and search it. To change answers, ' +
        'open the same link where hardware acceleration is enabled.',
      noWebglNoPlan: ' A plan someone shares with you as a link can still be read here.',
      contextLostTitle: 'The graphics context was lost',
      contextLost: 'Reload the page to continue; your answers are kept in the link.',
      downloadTitle: 'Backstage Kickstart could not be downloaded',
      download: (what) => `${what} did not load from the server hosting this page. Check the connection, then retry.`,
      webPage: (what) => `The server returned a web page instead of the app (a sign-in page?) for ${what}. ` +
        'Open this address in a new tab and sign in if asked, then retry.',
      startTitle: 'Backstage Kickstart could not start',
      notCompiled: (error) => `The WebAssembly module did not compile: ${error}`,
      notStarted: (error) => `The WebAssembly module did not start: ${error}`,
      scriptError: (error) => `The app stopped while loading: ${error}`,
      slowTitle: 'Backstage Kickstart is taking too long to load',
      slow: (seconds) => `The page has not started after ${seconds} seconds. The connection or the server may be ` +
        'slow, or a proxy may be holding the download. Retry, or try again later.',
      stoppedTitle: 'Backstage Kickstart stopped unexpectedly',
    },
    pl: {
      loading: 'Wczytywanie Backstage Kickstart…',
      retry: 'Spróbuj ponownie',
      noWasmTitle: 'WebAssembly jest niedostępne',
      noWasm: 'Ta przeglądarka nie obsługuje WebAssembly albo zostało ono wyłączone przez zasady firmy. ' +
        'Użyj aktualnej wersji Chrome, Edge, Firefoksa lub Safari.',
      noWebglTitle: 'WebGL 2 jest niedostępne',
      noWebgl: 'Planer rysuje za pomocą WebGL 2, a ta przeglądarka go nie obsługuje albo ma go wyłączonego. ' +
        'Sprawdź, czy akceleracja sprzętowa jest włączona, albo użyj aktualnej wersji Chrome, Edge, Firefoksa lub Safari.',
      noWebglPlan: 'Planer rysuje za pomocą WebGL 2, a ta przeglądarka go nie obsługuje albo ma go wyłączonego, ' +
        'dlatego otwarty plan jest pokazany poniżej jako strona: można go czytać, drukować i przeszukiwać. Aby zmienić ' +
        'odpowiedzi, otwórz ten sam link tam, gdzie akceleracja sprzętowa jest włączona.',
      noWebglNoPlan: ' Plan udostępniony Ci jako link nadal można tu przeczytać.',
      contextLostTitle: 'Utracono kontekst graficzny',
      contextLost: 'Odśwież stronę, aby kontynuować; Twoje odpowiedzi są zapisane w linku.',
      downloadTitle: 'Nie udało się pobrać Backstage Kickstart',
      download: (what) => `Nie udało się pobrać ${what} z serwera, na którym jest ta strona. ` +
        'Sprawdź połączenie i spróbuj ponownie.',
      webPage: (what) => `Zamiast aplikacji serwer zwrócił stronę internetową (stronę logowania?) dla ${what}. ` +
        'Otwórz ten adres w nowej karcie, zaloguj się, jeśli trzeba, i spróbuj ponownie.',
      startTitle: 'Nie udało się uruchomić Backstage Kickstart',
      notCompiled: (error) => `Nie udało się skompilować modułu WebAssembly: ${error}`,
      notStarted: (error) => `Nie udało się uruchomić modułu WebAssembly: ${error}`,
      scriptError: (error) => `Aplikacja przerwała działanie podczas wczytywania: ${error}`,
      slowTitle: 'Wczytywanie Backstage Kickstart trwa zbyt długo',
      slow: (seconds) => `Strona nie uruchomiła się w ciągu ${seconds} sekund. Połączenie lub serwer mogą działać ` +
        'wolno albo serwer proxy wstrzymuje pobieranie. Spróbuj ponownie teraz lub za chwilę.',
      stoppedTitle: 'Backstage Kickstart nieoczekiwanie przestał działać',
    },
  };
  const language = /^pl\b/i.test(navigator.language || '') ? 'pl' : 'en';
  const T = TEXTS[language];
  // A generous limit for the download, compilation and first frame; a slow intranet link
  // still makes it, a hung request or proxy gets a message instead of an endless spinner.
  const LOAD_LIMIT_SECONDS = 30;

  const canvas = document.getElementById('canvas');
  const config = (document.currentScript && document.currentScript.dataset) || {};
  const appFile = config.app;
  const wasmFile = config.wasm;
  const retryButton = document.getElementById('fatal-retry');
  document.documentElement.lang = language;
  document.getElementById('loading-text').textContent = T.loading;
  retryButton.textContent = T.retry;

  let ready = false;
  let failed = false;
  function fail(title, detail, retry) {
    failed = true;
    document.getElementById('loading').hidden = true;
    canvas.hidden = true;
    document.getElementById('fatal-title').textContent = title;
    document.getElementById('fatal-text').textContent = detail;
    retryButton.hidden = !retry;
    document.getElementById('fatal').hidden = false;
  }
  // While loading, the first failure is the one to explain; later ones are its echoes.
  function failLoading(title, detail) {
    if (!ready && !failed) fail(title, detail, true);
  }
  retryButton.addEventListener('click', () => window.location.reload());

  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail(T.noWasmTitle, T.noWasm);
    return;
  }
  // Whether WebGL 2 works here (it can be missing, switched off, or blocked for the GPU) is
  // known when the app creates its context; a throwaway context made here to find out would
  // cost the first frame 5-10 ms. The app says so by this event, and still loads without it:
  // the core plans without WebGL, and a shared plan is then shown as a page (its report).
  window.addEventListener('kickstart-no-webgl', (event) => {
    const plan = Boolean(event.detail && event.detail.plan);
    ready = true;  // loaded as far as it goes: no timeout message on top
    clearTimeout(limit);
    fail(T.noWebglTitle, plan ? T.noWebglPlan : T.noWebgl + T.noWebglNoPlan);
    document.body.classList.toggle('plan-without-webgl', plan);
  });

  canvas.addEventListener('contextmenu', (event) => event.preventDefault());
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    fail(T.contextLostTitle, T.contextLost, true);
  });

  // An error while loading — app.js not parsing because the server sent an HTML page in
  // its place (script.onerror does not fire for that: the download itself succeeded), or
  // the app failing before its first frame — shows a message, not an endless spinner.
  const onLoadingError = (event) => {
    const error = event.error;
    const text = error ? String(error) : String(event.message || 'unknown error');
    const parse = (error && error.name === 'SyntaxError') || /SyntaxError/.test(text);
    if (parse && appFile) {
      failLoading(T.startTitle, T.webPage(appFile));
    } else {
      failLoading(T.startTitle, T.scriptError(text));
    }
  };
  window.addEventListener('error', onLoadingError);
  const limit = setTimeout(() => failLoading(T.slowTitle, T.slow(LOAD_LIMIT_SECONDS)), LOAD_LIMIT_SECONDS * 1000);
  window.addEventListener('kickstart-ready', () => {
    ready = true;
    clearTimeout(limit);
    window.removeEventListener('error', onLoadingError);
    if (failed) return;
    canvas.focus();
  });

  const downloadFailed = (what) => failLoading(T.downloadTitle, T.download(what));

  // The wasm download and compilation start now, while app.js is still on its way, instead
  // of after app.js has run: the two overlap and the first frame comes sooner. Streaming
  // compilation needs the server to send .wasm as application/wasm; many intranet servers do
  // not, so then it compiles from the bytes, quietly: nothing is wrong for the user. The
  // promise never rejects (an unused rejection would be reported as an error): it resolves
  // to the module, or to the message to show.
  const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];  // "\0asm"
  async function compileWasm() {
    let response;
    try {
      response = await fetch(wasmFile, { credentials: 'same-origin' });
    } catch (error) {
      return { failed: () => downloadFailed(wasmFile) };
    }
    if (!response.ok) return { failed: () => downloadFailed(`${wasmFile} (HTTP ${response.status})`) };
    // A sign-in page or a single-page-app fallback answered with status 200: say so
    // plainly, not "CompileError: expected magic word 00 61 73 6d".
    const isWasm = (bytes) => bytes.length >= 4 && WASM_MAGIC.every((byte, i) => bytes[i] === byte);
    const webPage = { failed: () => failLoading(T.startTitle, T.webPage(wasmFile)) };
    const type = response.headers.get('Content-Type') || '';
    if (type.startsWith('application/wasm') && typeof WebAssembly.compileStreaming === 'function') {
      const copy = response.clone();  // to look at the bytes if streaming compilation fails
      try {
        const module = await WebAssembly.compileStreaming(response);
        copy.body.cancel().catch(() => {});
        return { module };
      } catch (error) {
        const bytes = new Uint8Array(await copy.arrayBuffer().catch(() => new ArrayBuffer(0)));
        return isWasm(bytes) ? { failed: () => failLoading(T.startTitle, T.notCompiled(error)) } : webPage;
      }
    }
    try {
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!isWasm(bytes)) return webPage;
      return { module: await WebAssembly.compile(bytes) };
    } catch (error) {
      return { failed: () => failLoading(T.startTitle, T.notCompiled(error)) };
    }
  }
  const compiled = wasmFile ? compileWasm() : null;

  async function instantiateWasm(imports, receive) {
    const { module, failed: failure } = await compiled;
    if (failure) {
      failure();
      return;
    }
    try {
      receive(await WebAssembly.instantiate(module, imports), module);
    } catch (error) {
      failLoading(T.startTitle, T.notStarted(error));
    }
  }
  // A wasm that cannot load makes the app's script wait for ever; say so as soon as it is known.
  if (compiled) compiled.then(({ failed: failure }) => { if (failure) failure(); });

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    onAbort: (what) => fail(T.stoppedTitle, String(what), true),
    onRuntimeInitialized: () => {
      // A read-only view of the app's state, used by the page's browser tests.
      window.kickstart = {
        state: () => JSON.parse(window.Module.ccall('kickstart_state_json', 'string', [], [])),
        framesDrawn: () => window.Module.ccall('kickstart_frames_drawn', 'number', [], []),
        // Touch: whether a finger drives the pointer, the widget shown hovered, the momentum.
        pointer: () => JSON.parse(window.Module.ccall('kickstart_pointer_json', 'string', [], [])),
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
