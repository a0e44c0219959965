/**
 * The fake Excel refuses sheet names as Excel does (issue 11 item 5): adding or renaming a
 * sheet with a name Excel would refuse rejects the sync with Excel's error code, and nothing
 * is created. Excel: "The argument is invalid or missing or has an incorrect format."
 * (InvalidArgument), "A resource with the same name or identifier already exists."
 * (ItemAlreadyExists).
 */
import { FakeExcelError, installFakeExcel } from "./fakeExcel";
import { WorkbookModel, sheetNameError } from "./model";

let model: WorkbookModel;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test stands in for Office's untyped global
const target = globalThis as unknown as { Excel: { run<T>(batch: (context: any) => Promise<T>): Promise<T> } };

beforeEach(() => {
  model = installFakeExcel(globalThis as unknown as Record<string, unknown>, new WorkbookModel(["Blad1", "Verdeling 2024"]));
});

async function add(name: string): Promise<string | null> {
  try {
    await target.Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeExcelError);
    return (e as FakeExcelError).code;
  }
}

const refused: [string, string][] = [
  ["", "empty"],
  ["a/b:c*", "forbidden characters"],
  ["x".repeat(45), "45 characters"],
  ["x".repeat(32), "32 characters"],
  ["vraag?", "?"],
  ["back\\slash", "\\"],
  ["[haak", "["],
  ["haak]", "]"],
  ["'begin", "starts with '"],
  ["eind'", "ends with '"],
  ["History", "reserved"],
  ["history", "reserved, any case"],
];

test.each(refused)("refuses %j (%s) with InvalidArgument and creates nothing", async (name) => {
  expect(await add(name)).toBe("InvalidArgument");
  expect(model.sheets.map((s) => s.name)).toEqual(["Blad1", "Verdeling 2024"]);
});

test("refuses a name already used, whatever its case, with ItemAlreadyExists", async () => {
  expect(await add("verdeling 2024")).toBe("ItemAlreadyExists");
  expect(await add("BLAD1")).toBe("ItemAlreadyExists");
  expect(model.sheets).toHaveLength(2);
});

test("accepts what Excel accepts: 31 characters, an apostrophe inside, spaces, accents, a History-like name", async () => {
  for (const name of ["x".repeat(31), "Jan's blad", "Verdeling 2025 (2)", "Épe – Heerde", "Historie", "History 2"])
    expect(await add(name)).toBeNull();
  expect(model.sheets).toHaveLength(8);
});

test("renaming follows the same rules; a sheet may change the case of its own name", async () => {
  const rename = async (from: string, to: string) => {
    try {
      await target.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(from).name = to;
        await context.sync();
      });
      return null;
    } catch (e) {
      return (e as FakeExcelError).code;
    }
  };
  expect(await rename("Blad1", "Verdeling 2024")).toBe("ItemAlreadyExists");
  expect(await rename("Blad1", "a:b")).toBe("InvalidArgument");
  expect(await rename("Blad1", "BLAD1")).toBeNull();
  expect(await rename("BLAD1", "Gegevens")).toBeNull();
  expect(model.sheets.map((s) => s.name)).toEqual(["Gegevens", "Verdeling 2024"]);
});

test("sheetNameError is the single rule the fake applies", () => {
  expect(sheetNameError("Blad2", ["Blad1"])).toBeNull();
  expect(sheetNameError("blad1", ["Blad1"])).toBe("ItemAlreadyExists");
  expect(sheetNameError("a*b", [])).toBe("InvalidArgument");
});
