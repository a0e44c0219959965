/**
 * Webpack loader for exceljs's browser build (exceljs/dist/exceljs.bare.min.js), which the preview
 * loads on demand to open and download .xlsx files. The build carries two eval-like fallbacks
 * that never run in a browser but that a strict CSP (no 'unsafe-eval') and our bundle check
 * forbid: setImmediate's polyfill compiling a *string* callback (`new Function("" + e)`; exceljs
 * only passes functions), and lodash's `Function("return this")()` global lookup, reached only
 * where neither `global` nor `self` exists. They are replaced by a TypeError and by `globalThis`.
 * Each pattern must be found, so an exceljs update that changes them fails the build instead of
 * shipping eval.
 */
const REPLACEMENTS = [
  {
    find: '"function"!=typeof e&&(e=new Function(""+e))',
    replace: '"function"!=typeof e&&(e=function(){throw new TypeError("setImmediate: the callback is not a function")})',
  },
  { find: '||Function("return this")()', replace: "||globalThis" },
];

module.exports = function evalFreeExcelJS(source) {
  let out = source;
  for (const { find, replace } of REPLACEMENTS) {
    if (!out.includes(find)) throw new Error(`eval-free-exceljs: '${find}' not found in ${this.resourcePath}; check the exceljs update`);
    out = out.split(find).join(replace);
  }
  if (/(^|[^\w$.])(eval|Function)\s*\(/.test(out)) throw new Error(`eval-free-exceljs: an eval-like call is left in ${this.resourcePath}`);
  return out;
};
