export { readSourceValue, sourceValueFormula, isUnknownMarker, type SourceValue } from "./sourceValue";
export { detectLayout, type SourceLayout, type LeftRow, type LeftReason, type MergedArea } from "./detectLayout";
export { suggestMapping, headerWords, MAPPED_COLUMNS, type Mapping, type TableColumn } from "./suggestMapping";
export { readStatLine, matchStatLine, parseCsv, type StatLineRead, type StatLineMatch } from "./statline";
export { mapSource, sourceText, type MappedSource } from "./mapSource";
