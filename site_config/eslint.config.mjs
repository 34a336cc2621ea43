// ESLint (flat config) for the project's own JavaScript: `make lint` runs
// `eslint --config site_config/eslint.config.mjs site_config tests`, so a new module under
// site_config/ is linted without being listed. ESLint is pinned in package.json and its lock.
//
// The rules: ESLint's recommended set, plus a few that catch real mistakes in code without a
// build step or a type checker (strict equality, no accidental globals, no shadowing, const
// where nothing reassigns, promises and callbacks that return what they should), and the
// page's promise to visitors: text reaches the DOM as text nodes, never as HTML (parts of it
// come from the URL fragment), and no string is run as code (the CSP forbids it too). Each
// file gets the globals of the place it runs: the page, a module worker, the service worker,
// third-party pages (embed.js, old-style on purpose), or Node (build and test scripts).
import js from "@eslint/js";
import globals from "globals";

const ASSETS = "**/overrides/assets/spoorwijzer";

export default [
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: { ecmaVersion: 2024, sourceType: "module" },
    rules: {
      eqeqeq: ["error", "always"],
      "no-implicit-globals": "error",
      "no-shadow": "error",
      "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
      "no-use-before-define": ["error", { functions: false, classes: true, variables: true }],
      "prefer-const": "error",
      "array-callback-return": "error",
      "no-promise-executor-return": "error",
      "no-self-compare": "error",
      "no-template-curly-in-string": "error",
      "no-unmodified-loop-condition": "error",
      "no-unreachable-loop": "error",
      "no-throw-literal": "error",
      "no-unused-expressions": "error",
      "no-sequences": "error",
      "no-return-assign": "error",
      "no-loop-func": "error",
      "prefer-promise-reject-errors": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML"].map((property) => ({
          property,
          message: "Build DOM nodes and set textContent: text must never be parsed as HTML.",
        })),
        { property: "insertAdjacentHTML", message: "Insert DOM nodes, not HTML text." },
        { object: "document", property: "write", message: "Insert DOM nodes, not HTML text." },
      ],
    },
  },
  {
    // ES modules of the pages: rekenhulp.js, embed-page.js, bureaus.js and the page modules
    // (*.mjs) they import.
    files: [`${ASSETS}/**/*.js`, `${ASSETS}/**/*.mjs`],
    languageOptions: { globals: globals.browser },
    rules: { "no-var": "error" },
  },
  {
    // Classic scripts: sw-register.js on every page; embed.js on the bureaus' own pages;
    // embed-fallback.js, which must run where module scripts are refused (a sandboxed frame).
    files: [`${ASSETS}/sw-register.js`, `${ASSETS}/embed.js`, `${ASSETS}/embed-fallback.js`],
    languageOptions: { sourceType: "script" },
  },
  {
    // embed.js and embed-fallback.js run in browsers and frames we do not choose: ES5 on purpose.
    files: [`${ASSETS}/embed.js`, `${ASSETS}/embed-fallback.js`],
    rules: { "no-var": "off", "prefer-const": "off" },
  },
  {
    // The calculator's module Web Worker.
    files: [`${ASSETS}/worker.mjs`],
    languageOptions: { globals: globals.worker },
  },
  {
    // The service worker template (site/sw.js), a classic script. Its global scope is the
    // worker's own, shared with no other script: functions declared there are not leaks.
    files: ["**/sw/sw.js"],
    languageOptions: { sourceType: "script", globals: globals.serviceworker },
    rules: { "no-implicit-globals": "off" },
  },
  {
    // Node scripts: the stdlib recorder and compiler, the Pyodide test runner, the modules'
    // unit tests (node --test), this file.
    files: [
      "**/stdlib_record.mjs",
      "**/stdlib_compile.mjs",
      "**/tests/pyodide/*.mjs",
      "**/tests/js/*.mjs",
      "**/eslint.config.mjs",
    ],
    languageOptions: { globals: globals.node },
  },
];
