/**
 * Office's localisation of custom functions: a second metadata file per locale with the same
 * ids (and here the same names, so formulas work in any language) and translated descriptions,
 * served through the manifest's <Override Locale="nl-NL"> on the metadata URL.
 *
 * @example localizeFunctionsMetadata(functionsJson, require("../src/functions/descriptions.nl.json"))
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

module.exports = { localizeFunctionsMetadata };
