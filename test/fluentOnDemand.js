/**
 * Jest only (jest.config.js moduleNameMapper): `@fluentui/react-components` with each export
 * required when it is first used. The package's index requires all of its 58 component packages
 * up front; a pane test uses about a dozen, and jest compiles every module anew for every test
 * file, so the rest cost each jsdom test file ~2 s of CPU. The same names give the same objects:
 * every export is read, once, from the component package the index itself reads it from (its
 * `get Button () { return _reactbutton.Button; }` and `const _reactbutton = require("…")` lines).
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const index = readFileSync(join(__dirname, "..", "node_modules", "@fluentui", "react-components", "lib-commonjs", "index.cjs"), "utf8");
const packages = new Map([...index.matchAll(/const (_\w+) = require\("([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
const names = [...index.matchAll(/get\s+(?:\/\/[^\n]*\n\s*)*(\w+) \(\) \{\s*return (_\w+)\.(\w+);/g)];
const getters = index.match(/^ {4}get\b/gm).length;
if (names.length !== getters || names.some(([, , variable]) => !packages.has(variable)))
  throw new Error("test/fluentOnDemand.js: @fluentui/react-components' index has another form; read it anew");

const fluent = module.exports;
Object.defineProperty(fluent, "__esModule", { value: true });
for (const [, name, variable, member] of names) {
  Object.defineProperty(fluent, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = require(packages.get(variable))[member];
      Object.defineProperty(fluent, name, { enumerable: true, value });
      return value;
    },
  });
}
