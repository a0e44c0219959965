import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

/** Debian's LibreOffice (libreoffice-calc-nogui, installed by .ci/run), or undefined where it is missing. */
export const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find(existsSync);

/**
 * What a reader without the add-in sees: LibreOffice (headless, its profile in `dir`) opens the
 * .xlsx and exports every sheet as CSV into `dir` — the last token (-1) of the filter writes one
 * file per sheet, `<file name>-<sheet>.csv`. Returns a reader of one sheet as rows of text.
 */
export function libreOfficeCsv(file: string, dir: string): (sheet: string) => string[][] {
  execFileSync(
    soffice!,
    [
      "-env:UserInstallation=file://" + join(dir, "profile"),
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      file,
    ],
    { timeout: 120_000, stdio: "ignore" },
  );
  const stem = basename(file).replace(/\.xlsx$/i, "");
  return (sheet) =>
    readFileSync(join(dir, `${stem}-${sheet}.csv`), "utf8")
      .split("\n")
      .map((line) => line.split(","));
}
