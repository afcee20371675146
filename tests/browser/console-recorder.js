// Served by the cross-engine tests as the first script of the page (scripts/serve.mjs,
// headScript): WebKitWebDriver has no console log, so what a browser console would show —
// console.error and console.warn calls, uncaught errors, rejected promises nobody handled,
// Content-Security-Policy violations — is kept in window.kickstartConsole for the test.
(function () {
  'use strict';
  const recorded = window.kickstartConsole = { errors: [], warnings: [] };
  const text = (values) => values.map((value) => {
    if (value instanceof Error) return String(value);
    if (typeof value === 'object') { try { return JSON.stringify(value); } catch (error) { return String(value); } }
    return String(value);
  }).join(' ');
  for (const [level, list] of [['error', recorded.errors], ['warn', recorded.warnings]]) {
    const original = console[level].bind(console);
    console[level] = (...values) => {
      list.push(text(values));
      original(...values);
    };
  }
  window.addEventListener('error', (event) => {
    recorded.errors.push(`uncaught: ${event.error ? String(event.error) : event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => {
    recorded.errors.push(`unhandled rejection: ${String(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    recorded.errors.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
  });
})();
