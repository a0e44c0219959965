/**
 * Office's localisation of custom functions: a second metadata file per locale with the same
 * ids (and here the same names, so formulas work in any language) and translated descriptions,
 * served through the manifest's <Override Locale="nl-NL"> on the metadata URL.
 *
 * @example localizeFunctionsMetadata(functionsJson, readDutchHelp(fs.readFileSync("src/functions/functions.ts", "utf8")))
 */
function localizeFunctionsMetadata(metadata, translations) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t) {
      missing.push(fn.id);
      return fn;
    }
    return {
      ...fn,
      description: t.description,
      parameters: fn.parameters.map((p) => {
        if (!t.parameters || !t.parameters[p.name]) missing.push(`${fn.id}.${p.name}`);
        return { ...p, description: (t.parameters && t.parameters[p.name]) || p.description };
      }),
    };
  });
  if (missing.length > 0) throw new Error(`Dutch function help missing for: ${missing.join(", ")}`);
  return { ...metadata, functions };
}

/**
 * The Dutch help of every THUIS function, read from the same JSDoc block as the English help the
 * metadata plugin reads (one definition per function): `@nl` is the description and
 * `@nlparam <name> <text>` a parameter's; a line break inside a text is a space, as in the
 * single-line texts Excel shows. custom-functions-metadata ignores tags it does not know.
 *
 * @example
 *   // /** … @customfunction CAP30 CAP30 … @nl Hoogstens een aandeel … @nlparam share Aandeel tussen 0 en 1 … *\/
 *   readDutchHelp(source).CAP30; // { description: "Hoogstens een aandeel …", parameters: { share: "Aandeel tussen 0 en 1 …", … } }
 */
function readDutchHelp(source) {
  const ts = require("typescript");
  const file = ts.createSourceFile("functions.ts", source, ts.ScriptTarget.Latest, true);
  const text = (tag) => (ts.getTextOfJSDocComment(tag.comment) || "").replace(/\s*\n\s*/g, " ").trim();
  const help = {};
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement)) continue;
    const tags = ts.getJSDocTags(statement);
    const id = tags.find((tag) => tag.tagName.text === "customfunction");
    if (!id) continue;
    const entry = { description: "", parameters: {} };
    for (const tag of tags) {
      if (tag.tagName.text === "nl") entry.description = text(tag);
      if (tag.tagName.text !== "nlparam") continue;
      const [, name, rest] = /^(\S+)\s+([\s\S]*)$/.exec(text(tag)) || [];
      if (name) entry.parameters[name] = rest;
    }
    if (entry.description) help[text(id).split(/\s+/)[0]] = entry;
  }
  return help;
}

module.exports = { localizeFunctionsMetadata, readDutchHelp };
