/**
 * The offline manifest checks: the real manifest passes, and each way of breaking it that
 * makes Excel refuse the add-in (or show #NAME?) is reported with its own message.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, compareVersions, pngSize, requiredSets } from "../../scripts/manifest-checks";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const assets = join(root, "assets");
const check = (xml: string) => checkManifest(xml, assets);

test("the project's manifest passes every check", () => {
  expect(check(manifest)).toEqual([]);
});

const breakages: [string, (xml: string) => string, RegExp][] = [
  ["not well-formed", (x) => x.replace("</OfficeApp>", "</OfficeAp>"), /not well-formed/],
  ["id not a GUID", (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>verdeelwijzer</Id>"), /<Id> is not a GUID/],
  [
    "resid without resource",
    (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
    /resid "Group.Missing" is used but not defined/,
  ],
  [
    "functions page on another resid",
    (x) => x.replace(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="GetStarted.LearnMoreUrl"/>'),
    /must share one resid/,
  ],
  [
    "Runtimes not first in Host",
    (x) => x.replace(/(<Host xsi:type="Workbook">)/, "$1<AllFormFactors></AllFormFactors>"),
    /<Runtimes> must come directly after/,
  ],
  ["short runtime lifetime", (x) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
  [
    "wrong namespace",
    (x) => x.replace('id="Functions.Namespace" DefaultValue="THUIS"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'),
    /namespace must be THUIS/,
  ],
  [
    "http URL",
    (x) =>
      x.replace(
        'DefaultValue="https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
        'DefaultValue="http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
      ),
    /not https: http:\/\/localhost:3000\/taskpane.html/,
  ],
  ["missing icon file", (x) => x.replace("assets/icon-80.png", "assets/icon-81.png"), /icon .*icon-81.png not found/],
  [
    "icon of the wrong size",
    (x) =>
      x.replace(
        'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      ),
    /is 16×16, not 32×32/,
  ],
  [
    "custom functions runtime 1.1 while the code uses CustomFunctions.Error",
    (x) => x.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'),
    /CustomFunctionsRuntime must be at least 1.2 .*asks for 1.1/,
  ],
  [
    "custom functions runtime not declared",
    (x) => x.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', ""),
    /CustomFunctionsRuntime 1.2 is needed/,
  ],
  [
    "broader permissions",
    (x) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
    /least needed/,
  ],
];

test.each(breakages)("reports: %s", (_name, breakIt, message) => {
  const broken = breakIt(manifest);
  expect(broken).not.toBe(manifest); // the breakage applied
  const problems = check(broken);
  expect(problems.some((p) => message.test(p))).toBe(true);
});

test("pngSize reads the IHDR of our icons and rejects other files", () => {
  expect(pngSize(readFileSync(join(assets, "icon-80.png")))).toEqual({ width: 80, height: 80 });
  expect(pngSize(Buffer.from("not a png at all, not at all"))).toBeNull();
});

describe("requirement sets follow the code", () => {
  const source = readFileSync(join(root, "src", "functions", "functions.ts"), "utf8");
  test("the functions throw CustomFunctions.Error with a message, which needs CustomFunctionsRuntime 1.2", () => {
    expect(source).toMatch(/new CustomFunctions\.Error\(CustomFunctions\.ErrorCode\[code\], message\)/);
    expect(requiredSets(source)).toEqual([expect.objectContaining({ name: "CustomFunctionsRuntime", version: "1.2" })]);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/);
  });
  test("code without CustomFunctions.Error needs only 1.1; versions compare by number", () => {
    expect(requiredSets("/** @customfunction */ function f() {}")).toEqual([expect.objectContaining({ version: "1.1" })]);
    expect(check(manifest.replace('MinVersion="1.2"/>', 'MinVersion="1.1"/>'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/at least 1.2/)]),
    );
    expect(checkManifest(manifest.replace('MinVersion="1.2"/>', 'MinVersion="1.1"/>'), assets, "/** @customfunction */")).toEqual([]);
    expect(compareVersions("1.10", "1.2")).toBeGreaterThan(0);
    expect(compareVersions("1.2", "1.2")).toBe(0);
  });
});
