/** `npm run sample`: writes examples/Regio-Stedendriehoek-2024.xlsx (see scripts/sample-workbook.ts). */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildSampleWorkbook } from "./sample-workbook";

const out = join(__dirname, "..", "examples", "Regio-Stedendriehoek-2024.xlsx");
mkdirSync(join(__dirname, "..", "examples"), { recursive: true });
buildSampleWorkbook()
  .then((wb) => wb.xlsx.writeFile(out))
  .then(() => console.log(`written: ${out}`));
