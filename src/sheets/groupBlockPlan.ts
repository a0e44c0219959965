import { GROUP_KEY_WORDS, TargetGroup } from "../data/region";
import type { Language } from "../i18n";
import { inLanguages, message } from "../i18n/message";
import { GROUP_BLOCK_TEXTS } from "../i18n/sheets";
import type { ScenarioGroups } from "../scenario/model";
import { METHOD_WORDS } from "../scenario/words";
import { address } from "./a1";
import type { CellFormat } from "./plan";
import { PALETTE } from "./style";

/**
 * The scenario sheet's per-group block (issue 19), planned from the one per-group model
 * ({@link ScenarioGroups}): a live THUIS.GROUPSHARE over the sheet's own cells — the weights
 * block below it (each group's key figures, read from the Gemeenten table by formulas), the
 * municipality totals of column A (or N) and the row of group needs — spilled as municipalities ×
 * groups, with a total per municipality (equal to its A or N) and per group (equal to its need).
 *
 * Rows from `top` (0-based sheet rows), g groups, n municipalities:
 *
 *     top      title
 *     top+1    method of GROUPSHARE (a dropdown cell)        | webster / D'Hondt
 *     top+2    header: Gemeente | group 1 … group g | Totaal | Gemeentetotaal (A)
 *     top+3    Behoefte per jaar | need 1 … need g (=INDEX(Aandachtsgroepen[Behoefte per jaar],row) with a group table) | =SUM(needs)
 *     top+4…   names (spilled) | =THUIS.GROUPSHARE(weights, totals, needs, method) (spilled n×g) | =SUM(row)
 *              | =IF(A="",0,A) (spilled: the honoured totals, a blank as 0)
 *     +n       Totaal | =SUM(column) … | =SUM(all)
 *     +2       weights title; header: Gemeente | group 1 … | ; Sleutel | key words
 *     …        names (spilled) | each group's key column (spilled from the table) or the blend's whole weights
 *
 * A blended group's weights are whole numbers in the blend's exact proportion ({@link groupWeights}):
 * Excel's arithmetic cannot form them exactly, so they are written as numbers, and the key words say so.
 * When the model refuses its input (needs that do not add up to the totals, …) the block shows
 * the message in place of the matrix: nothing is written that would only show #VALUE!.
 *
 * @example
 *   const block = planGroupBlock({ groups, top: 30, language: "nl", nameFormula: "=Gemeenten[Gemeente]", totals: "$B$13:$B$21",
 *     keyRef: (c) => `Gemeenten[${c}]` });
 *   block.cells[block.matrixRow - 30][1]; // "=THUIS.GROUPSHARE(B45:C53,$B$13:$B$21,B33:C33,$B$31)"
 */
export interface GroupBlockRequest {
  groups: ScenarioGroups;
  /** First sheet row of the block (0-based). */
  top: number;
  language: Language;
  /** The spilling formula of the municipality names, e.g. "=Gemeenten[Gemeente]". */
  nameFormula: string;
  /** The honoured municipality totals on the sheet, e.g. "$B$13:$B$21". */
  totals: string;
  /** The table column of a one-column key, e.g. "Gemeenten[Inwonertal]". */
  keyRef: (column: "population" | "origin" | "lettingsSocial" | "stock") => string;
  /**
   * A need in the `Aandachtsgroepen` table by the group's row, e.g. "INDEX(Aandachtsgroepen[Behoefte per jaar],3)": a group with a
   * `row` gets it as its need cell, as the weights refer to the Gemeenten table. Absent: needs are written as numbers.
   */
  needRef?: (row: number) => string;
}

type Value = string | number;

export interface GroupBlockPlan {
  /** Rows × columns from (top, 0): formulas start with "=". */
  cells: Value[][];
  /** What each cell shows (the model's numbers). */
  values: Value[][];
  formats: CellFormat[];
  /** Spilled blocks in sheet coordinates. */
  spills: { row: number; column: number; rows: number; columns: number }[];
  validations: { address: string; choices: string[] }[];
  width: number;
  height: number;
  /** Sheet rows and columns of the parts, for the chart, the tests and the Verantwoording. */
  headerRow: number;
  needsRow: number;
  matrixRow: number;
  totalsRow: number;
  weightsRow: number;
  /** The GROUPSHARE formula (null when the model refused its input). */
  formula: string | null;
}

const WORDS = inLanguages((language) => ({
  title: message(GROUP_BLOCK_TEXTS, language, "title"),
  method: message(GROUP_BLOCK_TEXTS, language, "method"),
  municipality: message(GROUP_BLOCK_TEXTS, language, "municipality"),
  total: message(GROUP_BLOCK_TEXTS, language, "total"),
  need: message(GROUP_BLOCK_TEXTS, language, "need"),
  weights: message(GROUP_BLOCK_TEXTS, language, "weights"),
  key: message(GROUP_BLOCK_TEXTS, language, "key"),
  blendNote: message(GROUP_BLOCK_TEXTS, language, "blendNote"),
  refused: message(GROUP_BLOCK_TEXTS, language, "refused"),
  honoured: (column: string) => message(GROUP_BLOCK_TEXTS, language, "honoured", { column }),
  honour: (column: string) => message(GROUP_BLOCK_TEXTS, language, "honour", { column }),
}));

export function planGroupBlock(req: GroupBlockRequest): GroupBlockPlan {
  const { groups: model, top, language } = req;
  const w = WORDS[language];
  const n = model.names.length;
  const g = model.groups.length;
  const width = g + 3;
  const matrixRow = top + 4;
  const totalsRow = matrixRow + n;
  const weightsRow = totalsRow + 2;
  const weightsData = weightsRow + 3;
  const height = weightsData + n - top;
  const cells: Value[][] = Array.from({ length: height }, () => new Array<Value>(width).fill(""));
  const values: Value[][] = Array.from({ length: height }, () => new Array<Value>(width).fill(""));
  const put = (row: number, column: number, cell: Value, shown: Value | null = cell) => {
    cells[row - top][column] = cell;
    values[row - top][column] = shown ?? "";
  };
  const methodCell = address(top + 1, 1, 1, 1, true);
  put(top, 0, w.title);
  put(top + 1, 0, `${w.method} · ${w.honour(model.honour)}`);
  put(top + 1, 1, METHOD_WORDS[language][model.method]);
  put(top + 2, 0, w.municipality);
  model.groups.forEach((group, j) => put(top + 2, 1 + j, group.name));
  put(top + 2, g + 1, w.total);
  put(top + 2, g + 2, w.honoured(model.honour));
  put(top + 3, 0, w.need);
  model.groups.forEach((group, j) => put(top + 3, 1 + j, needCell(group, req.needRef), group.need!));
  const needs = address(top + 3, 1, 1, g);
  put(
    top + 3,
    g + 1,
    `=SUM(${needs})`,
    model.groups.reduce((s, group) => s + group.need!, 0),
  );
  writeWeights(put, req, weightsRow, weightsData);
  const weights = address(weightsData, 1, n, g);
  const result = model.result;
  const totals = address(matrixRow, g + 2, n, 1);
  const formula = result ? `=THUIS.GROUPSHARE(${weights},${totals},${needs},${methodCell})` : null;
  // the honoured totals, a blank (no part in A) as 0: GROUPSHARE needs a whole number in every row
  put(matrixRow, g + 2, `=IF(${req.totals}="",0,${req.totals})`, model.totals[0]);
  model.totals.forEach((t, i) => (values[matrixRow - top + i][g + 2] = t));
  if (result) {
    put(matrixRow, 0, req.nameFormula);
    model.names.forEach((name, i) => (values[matrixRow - top + i][0] = name));
    put(matrixRow, 1, formula!, result.seats[0][0]);
    result.seats.forEach((row, i) => row.forEach((x, j) => (values[matrixRow - top + i][1 + j] = x)));
    result.rowSums.forEach((s, i) => put(matrixRow + i, g + 1, `=SUM(${address(matrixRow + i, 1, 1, g)})`, s));
    put(totalsRow, 0, w.total);
    result.columnSums.forEach((s, j) => put(totalsRow, 1 + j, `=SUM(${address(matrixRow, 1 + j, n, 1)})`, s));
    put(
      totalsRow,
      g + 1,
      `=SUM(${address(matrixRow, 1, n, g)})`,
      result.rowSums.reduce((a, b) => a + b, 0),
    );
  } else if (model.error) put(matrixRow, 0, w.refused + model.error.text(language));
  const spills = [
    { row: weightsData, column: 0, rows: n, columns: 1 },
    { row: matrixRow, column: g + 2, rows: n, columns: 1 },
    ...model.groups.flatMap((group, j) => (group.key === "blend" ? [] : [{ row: weightsData, column: 1 + j, rows: n, columns: 1 }])),
  ];
  if (result) spills.push({ row: matrixRow, column: 0, rows: n, columns: 1 }, { row: matrixRow, column: 1, rows: n, columns: g });
  return {
    cells,
    values,
    formats: formatsOf(top, n, g, { matrixRow, totalsRow, weightsRow, result: result !== null }),
    spills,
    validations: [{ address: address(top + 1, 1), choices: [METHOD_WORDS[language].webster, METHOD_WORDS[language].dhondt] }],
    width,
    height,
    headerRow: top + 2,
    needsRow: top + 3,
    matrixRow,
    totalsRow,
    weightsRow,
    formula,
  };
}

/** A group's need cell: a formula on its row of the Aandachtsgroepen table, or the number. */
function needCell(group: TargetGroup, needRef: GroupBlockRequest["needRef"]): Value {
  return group.row !== undefined && needRef ? `=${needRef(group.row)}` : group.need!;
}

/** The weights block: names, each group's key word and its key column from the table (or the blend's whole weights). */
function writeWeights(
  put: (row: number, column: number, cell: Value, shown?: Value | null) => void,
  req: GroupBlockRequest,
  weightsRow: number,
  dataRow: number,
): void {
  const { groups: model, language } = req;
  const w = WORDS[language];
  put(weightsRow, 0, w.weights);
  put(weightsRow + 1, 0, w.municipality);
  put(weightsRow + 2, 0, w.key);
  model.names.forEach((name, i) => put(dataRow + i, 0, i === 0 ? req.nameFormula : "", name));
  model.groups.forEach((group, j) => {
    put(weightsRow + 1, 1 + j, group.name);
    put(weightsRow + 2, 1 + j, group.key === "blend" ? w.blendNote : GROUP_KEY_WORDS[group.key][language]);
    if (group.key === "blend") model.weights.forEach((row, i) => put(dataRow + i, 1 + j, row[j] ?? ""));
    else {
      const ref = req.keyRef(group.key);
      put(dataRow, 1 + j, `=IF(${ref}="","",${ref})`, model.weights[0]?.[j] ?? "");
      model.weights.forEach((row, i) => i > 0 && put(dataRow + i, 1 + j, "", row[j] ?? ""));
    }
  });
}

function formatsOf(
  top: number,
  n: number,
  g: number,
  at: { matrixRow: number; totalsRow: number; weightsRow: number; result: boolean },
): CellFormat[] {
  const formats: CellFormat[] = [
    { address: address(top, 0), bold: true },
    { address: address(top + 1, 1), fill: PALETTE.inputFill },
    { address: address(top + 2, 0, 1, g + 3), bold: true, fill: PALETTE.headerFill, wrap: true },
    { address: address(top + 3, 1, 1, g), fill: PALETTE.inputFill, numberFormat: "0" },
    { address: address(at.weightsRow, 0), bold: true },
    { address: address(at.weightsRow + 1, 0, 2, g + 1), bold: true, fill: PALETTE.keyHeaderFill },
  ];
  if (at.result)
    formats.push(
      { address: address(at.matrixRow, 1, n + 1, g + 2), numberFormat: "0" },
      { address: address(at.totalsRow, 0, 1, g + 2), bold: true, borderBottom: true },
    );
  else formats.push({ address: address(at.matrixRow, 0), fontColor: PALETTE.alert });
  return formats;
}
