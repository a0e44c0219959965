// ESLint flat config: typescript-eslint, import cycles, React hooks, and the layer boundaries of
// docs/architecture.md (engine imports nothing of the project; sheets only engine, scenario and
// i18n; taskpane talks to excel only through its gateway; nothing in src imports test doubles).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

/** A no-restricted-imports rule that forbids the given project folders (relative import paths). */
function forbid(folders, why) {
  return ["error", { patterns: [{ regex: `^(\\.\\.?/)+(${folders.join("|")})(/|$)`, message: why }] }];
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-output/**", "coverage/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })] },
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "max-len": ["error", { code: 140, ignoreUrls: true }],
      "no-restricted-syntax": ["error", { selector: "CallExpression[callee.name='eval']", message: "No eval." }],
    },
  },
  { files: ["src/**"], rules: { "no-restricted-imports": forbid(["test"], "src never imports test doubles.") } },
  {
    // the icon barrel is 6 MB of modules webpack parses on every build (and tree-shakes away): one file per icon
    files: ["src/taskpane/**", "src/preview/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: "^(\\.\\.?/)+test(/|$)", message: "src never imports test doubles." }],
          paths: [
            { name: "@fluentui/react-icons", message: 'Import each icon from its own file: "@fluentui/react-icons/svg/<icon-name>".' },
          ],
        },
      ],
    },
  },
  {
    // Small functions: none over 80 lines in src (the string catalogues are tables, not logic); an error, so none comes back.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/i18n/**"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ["src/engine/**"],
    rules: {
      "no-restricted-imports": forbid(
        ["data", "functions", "scenario", "sheets", "excel", "taskpane", "preview"],
        "src/engine is pure: it imports nothing of the project but the i18n catalogues.",
      ),
    },
  },
  {
    files: ["src/scenario/**"],
    rules: {
      "no-restricted-imports": forbid(
        ["functions", "sheets", "excel", "taskpane", "preview"],
        "scenario sits below sheets, excel and the pane.",
      ),
    },
  },
  {
    files: ["src/sheets/**"],
    rules: {
      "no-restricted-imports": forbid(
        ["functions", "excel", "taskpane", "preview"],
        "sheets are pure planners: engine, scenario and i18n only.",
      ),
    },
  },
  {
    files: ["src/excel/**"],
    rules: { "no-restricted-imports": forbid(["taskpane", "preview"], "excel writes plans; it never imports the pane or the preview.") },
  },
  {
    files: ["src/xlsx/**"],
    rules: {
      "no-restricted-imports": forbid(
        ["functions", "excel", "taskpane", "preview"],
        "xlsx writes planned sheets into a file: sheets, scenario, engine and i18n only.",
      ),
    },
  },
  {
    files: ["test/**", "bench/**", "scripts/**", "*.js", "*.mjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", __dirname: "readonly" } },
  },
  { files: ["**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { files: ["scripts/**/*.mjs", "bench/**"], languageOptions: { globals: { URL: "readonly" } } },
  {
    // custom-functions-metadata maps a parameter typed `any` to Excel's "any" type (a cell, a range
    // or a value); `unknown` has no mapping, so the public signatures keep `any`.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
