/**
 * Jest only (jest.config.js moduleNameMapper): `@fluentui/react-icons` with each icon required
 * when a Fluent component first reads it. The package's CommonJS index requires all 60 of its
 * icon chunks (18 MB, every icon of every size made at load), and jest compiles them anew for
 * every test file, while the components the pane renders read a handful (a chevron, a checkmark,
 * a dismiss). Fluent's packages read icons as `_reacticons.<Name>` when they render, so a lookup
 * on first read suffices: each icon is taken from its own module, `atoms/svg/<kebab-name>.cjs`,
 * which the package ships beside the chunks, and an icon not found there falls back to the full
 * index, so every name the package exports still resolves.
 */
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..", "node_modules", "@fluentui", "react-icons", "lib-cjs");

/**
 * What the index exports besides the icons (createFluentIcon, bundleIcon, the contexts, …), read
 * from the index's own lines; a line of another form means the package changed: read it anew.
 */
function helpersOfIndex() {
  const helpers = { __esModule: true };
  const variables = new Map();
  for (const line of readFileSync(join(root, "index.cjs"), "utf8").split("\n")) {
    let m;
    if (
      /^("use strict";|Object\.defineProperty\(exports, "__esModule"|exports\.[\w. =]+void 0;|const tslib_1 = require\("tslib"\);|$)/.test(
        line,
      )
    )
      continue;
    if (/^tslib_1\.__exportStar\(require\("\.\/(icons|sizedIcons)\/chunk-\d+\.cjs"\), exports\);$/.test(line)) continue;
    if ((m = /^tslib_1\.__exportStar\(require\("([^"]+)"\), exports\);$/.exec(line))) Object.assign(helpers, require(join(root, m[1])));
    else if ((m = /^var (\w+) = require\("([^"]+)"\);$/.exec(line))) variables.set(m[1], join(root, m[2]));
    else if ((m = /^Object\.defineProperty\(exports, "(\w+)", .*return (\w+)\.(\w+); \} \}\);$/.exec(line)) && variables.has(m[2]))
      helpers[m[1]] = require(variables.get(m[2]))[m[3]];
    else throw new Error(`test/iconsOnDemand.js: @fluentui/react-icons' index has another form (${line}); read it anew`);
  }
  return helpers;
}

/** `ChevronDown20Regular` → `atoms/svg/chevron-down.cjs` (the file that defines every size and style of one icon). */
function atomOf(name) {
  const base = name.replace(/\d*(Regular|Filled|Light|Color)$/, "");
  const kebab = base
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
  return join(root, "atoms", "svg", `${kebab}.cjs`);
}

const resolved = new Map();
function icon(name) {
  if (!resolved.has(name)) {
    const atom = atomOf(name);
    const fromAtom = existsSync(atom) ? require(atom)[name] : undefined;
    resolved.set(name, fromAtom ?? require(join(root, "index.cjs"))[name]);
  }
  return resolved.get(name);
}

module.exports = new Proxy(helpersOfIndex(), {
  get(target, name) {
    if (typeof name !== "string" || name in target) return target[name];
    return icon(name);
  },
});
