// `npm start`: build, serve on https://localhost:3000 and sideload the add-in.
// - Windows and macOS with Excel desktop: Microsoft's office-addin-debugging builds, starts the
//   dev server, registers manifest.xml and opens Excel with the add-in.
// - Elsewhere (Linux, CI): serves the add-in over https with a trusted dev certificate (from
//   office-addin-dev-certs) and prints how to sideload it in Excel on the web, and where the
//   browser preview is (the real wizard beside a simulated workbook, no Excel needed).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const desktop = process.platform === "win32" || process.platform === "darwin";
const port = process.env.npm_package_config_dev_server_port || 3000;

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (desktop && !process.env.VERDEELWIJZER_NO_SIDELOAD) {
  // the package's bin file is not executable in its tarball, so run it with node
  run(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(`
Verdeelwijzer wordt gestart op https://localhost:${port}  (Verdeelwijzer is starting)

NL  Geen Excel-desktop op deze computer. Zo probeert u de invoegtoepassing:
    • Voorvertoning zonder Excel: open https://localhost:${port}/preview.html
      (de echte wizard naast een gesimuleerde werkmap, met de data van Regio Stedendriehoek 2024).
    • Excel op het web: open een werkmap, kies Start > Invoegtoepassingen > Meer invoegtoepassingen >
      Mijn invoegtoepassingen uploaden, en upload manifest.xml uit deze map. Knop "Verdeelwijzer"
      staat daarna op het tabblad Start; typ =THUIS.FAIRSHARE( in een cel voor de functies.
EN  No Excel desktop on this computer. To try the add-in:
    • Preview without Excel: open https://localhost:${port}/preview.html
    • Excel on the web: open a workbook, Home > Add-ins > More add-ins > Upload My Add-in,
      and upload manifest.xml from this folder.
    The first start installs a development certificate for localhost (office-addin-dev-certs).
`);
  run(process.execPath, [require.resolve("webpack/bin/webpack.js"), "serve", "--mode", "development"]);
}
