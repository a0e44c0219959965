/**
 * What the pane opens on and what *Tabel inlezen* reads agree, on random workbooks (fast-check):
 * several tables of random names (Gemeenten in any case among them, or not) and random headers
 * (a municipality column or not, a known figure or not, Dutch or English). The opening read loads
 * the two named tables and the others' header rows only; *Tabel inlezen* loads every table whole.
 * Independent of both, the expected table is found here by a rule written for this test.
 */
import fc from "fast-check";
import { cases } from "../cases";
import type { WorkbookGateway } from "../../src/excel/gateway";
import { installFakeExcel } from "../fake-excel/fakeExcel";
import { WorkbookModel } from "../fake-excel/model";

const HEADERS = ["Gemeente", "Municipality", "Inwonertal", "Population", "Realisatie", "Opmerking", "Toelichting", "Jaar"];
const NAMES_WITH_FIGURES = new Set(["Inwonertal", "Population", "Realisatie"]);
const NAMING = new Set(["Gemeente", "Municipality"]);

const table = fc.record({
  name: fc.oneof(fc.constantFrom("Gemeenten", "GEMEENTEN", "gemeenten"), fc.constantFrom("Eigen", "Tabel1", "Bron", "Cijfers", "Regio")),
  headers: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 4 }),
});
const workbook = fc.uniqueArray(table, { minLength: 0, maxLength: 5, selector: (t) => t.name.toLowerCase() });

/** This test's own rule: a table reads as municipalities with a naming column and a figure column; Gemeenten first. */
function expected(tables: { name: string; headers: string[] }[]): { opened: string | null; offered: string | null } {
  const reads = (t: { headers: string[] }) => t.headers.some((h) => NAMING.has(h)) && t.headers.some((h) => NAMES_WITH_FIGURES.has(h));
  const gemeenten = tables.find((t) => t.name.toLowerCase() === "gemeenten");
  if (gemeenten && reads(gemeenten)) return { opened: gemeenten.name, offered: null };
  return { opened: null, offered: tables.find(reads)?.name ?? null };
}

test("opening and Tabel inlezen pick the same table: opened on Gemeenten, else the one offered", async () => {
  await fc.assert(
    fc.asyncProperty(workbook, async (tables) => {
      const model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1"]));
      tables.forEach((t, i) => {
        const sheet = `Data${i + 1}`;
        model.put(sheet, "A1", [t.headers, t.headers.map((h, j) => (NAMING.has(h) ? `Gemeente ${i}` : j * 10))]);
        model.tables.push({ name: t.name, sheet, row: 0, column: 0, rows: 2, columns: t.headers.length });
      });
      const { createExcelGateway } = await import("../../src/excel/gateway");
      const gateway: WorkbookGateway = createExcelGateway();
      const opening = await gateway.findOpeningTables();
      const read = await gateway.readWorkbookTables();
      const want = expected(tables);
      expect({ opened: opening.municipalities?.tableName ?? null, offered: opening.offered }).toEqual(want);
      // what Tabel inlezen reads is what the pane opened on, or what it offered
      expect(read.municipalities?.tableName ?? null).toBe(want.opened ?? want.offered);
      if (opening.municipalities) expect(opening.municipalities).toEqual(read.municipalities);
    }),
    cases(60, 20261130),
  );
});
