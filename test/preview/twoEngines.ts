/**
 * Test-only: the preview's evaluator and HyperFormula side by side over every cell of every
 * sheet of a workbook that holds a formula or may be spilled into (plus a margin past the used block, where a spill that runs too far
 * would show), and a deterministic pseudo-random generator for the random workbooks.
 */
import { evaluateWorkbook, isError } from "../../src/preview/formulas";
import type { WorkbookModel } from "../fake-excel/model";
import { evaluateWorkbook as evaluateWithHyperFormula } from "../excel/hyperformulaThuis";

/** Both engines, cell by cell over every sheet; returns the cells that differ (none expected). */
export function compareEngines(model: WorkbookModel): { compared: number; differences: string[] } {
  const ours = evaluateWorkbook(model);
  const hf = evaluateWithHyperFormula(model, { excelBlanks: true });
  const differences: string[] = [];
  let compared = 0;
  for (const sheet of model.sheets) {
    const used = sheet.usedBlock();
    if (!used) continue;
    for (let r = 0; r < used.row + used.rows + 3; r++)
      for (let c = 0; c < used.column + used.columns + 3; c++) {
        // a typed value is input, not computed (HyperFormula would read the text 1-1-2026 as a date)
        const typed = sheet.get(r, c);
        if (typed && !typed.formula) continue;
        const mine = ours.get(sheet.name, r, c);
        const theirs = hf.value(sheet.name, r, c) as unknown;
        compared += 1;
        const norm = (v: unknown) => (v === "" || v === undefined ? null : v);
        const a = isError(mine) ? mine.error : norm(mine);
        const b = theirs && typeof theirs === "object" && "value" in theirs ? (theirs as { value: string }).value : norm(theirs);
        if (a === b) continue;
        // HyperFormula rounds results to about 11 significant digits
        if (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))) continue;
        differences.push(
          `${sheet.name}!R${r + 1}C${c + 1} ${sheet.get(r, c)?.formula ?? ""}: evaluator ${JSON.stringify(a)}, HyperFormula ` +
            `${JSON.stringify(b)}`,
        );
      }
  }
  return { compared, differences };
}

/** A deterministic pseudo-random generator (mulberry32), so the workbooks are the same every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
