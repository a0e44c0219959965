import { DOMParser } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Offline checks of manifest.xml for the mistakes that make Excel refuse to load the add-in
 * or show #NAME? for every function (design §5). The official validator needs a Microsoft web
 * service; these checks need nothing but the file and assets/.
 *
 * @example
 *   checkManifest(readFileSync("manifest.xml", "utf8"), "assets");
 *   // [] when fine, else e.g. ["resid \"Taskpane.Url\" is used but not defined in <Resources>"]
 *
 * The requirement sets are checked against what the functions code uses (by default
 * src/functions/functions.ts next to assets/): `new CustomFunctions.Error(code, message)` needs
 * CustomFunctionsRuntime 1.2, so a manifest that asks for 1.1 would let Excel load the add-in
 * where its error messages cannot work.
 */
export function checkManifest(
  xml: string,
  assetsDir: string,
  functionsSource: string | null = defaultFunctionsSource(assetsDir),
): string[] {
  const problems: string[] = [];
  const parseErrors: string[] = [];
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") parseErrors.push(message);
      },
    }).parseFromString(xml, "text/xml") as unknown as Document;
  } catch (e) {
    parseErrors.push((e as Error).message); // xmldom throws on fatal errors
  }
  if (!doc || parseErrors.length > 0 || !doc.documentElement || doc.documentElement.nodeName !== "OfficeApp") {
    return [`manifest is not well-formed XML with an <OfficeApp> root: ${parseErrors[0] ?? "no OfficeApp element"}`];
  }
  const all = (name: string) => Array.from(doc!.getElementsByTagName(name)) as Element[];
  const local = (el: Element) => el.localName ?? el.nodeName.replace(/^.*:/, "");

  // a GUID id
  const id = all("Id")[0]?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`<Id> is not a GUID: "${id}"`);

  // every resid resolves to a resource
  const defined = new Set<string>();
  for (const group of ["bt:Image", "bt:Url", "bt:String"]) for (const el of all(group)) defined.add(el.getAttribute("id") ?? "");
  const used = new Set<string>();
  for (const el of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    const resid = el.getAttribute("resid");
    if (resid) used.add(resid);
  }
  for (const resid of used) if (!defined.has(resid)) problems.push(`resid "${resid}" is used but not defined in <Resources>`);

  // shared runtime: Runtimes directly after Host; one resid for runtime, functions Page, Script and FunctionFile
  const hosts = all("Host").filter((h) => h.getAttribute("xsi:type") === "Workbook");
  if (hosts.length !== 1) problems.push(`expected one <Host xsi:type="Workbook"> in VersionOverrides, found ${hosts.length}`);
  const host = hosts[0];
  let runtimeResid: string | null = null;
  if (host) {
    const firstChild = Array.from(host.childNodes).find((n) => n.nodeType === 1) as Element | undefined;
    if (!firstChild || local(firstChild) !== "Runtimes") problems.push('<Runtimes> must come directly after <Host xsi:type="Workbook">');
    const runtime = all("Runtime")[0];
    if (!runtime) problems.push("no <Runtime>: functions and task pane need one shared runtime");
    else {
      runtimeResid = runtime.getAttribute("resid");
      if (runtime.getAttribute("lifetime") !== "long") problems.push('<Runtime lifetime="long"> is needed for the shared runtime');
    }
  }
  const functionsPoint = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions");
  if (!functionsPoint) problems.push('no <ExtensionPoint xsi:type="CustomFunctions">');
  else {
    const residOf = (name: string) => {
      const el = Array.from(functionsPoint.getElementsByTagName(name))[0] as Element | undefined;
      const source = el ? (Array.from(el.getElementsByTagName("SourceLocation"))[0] as Element | undefined) : undefined;
      return source?.getAttribute("resid") ?? null;
    };
    const page = residOf("Page");
    const script = residOf("Script");
    const functionFile = all("FunctionFile")[0]?.getAttribute("resid") ?? null;
    const shared = [runtimeResid, page, script, functionFile];
    if (shared.some((r) => r !== runtimeResid) || runtimeResid === null)
      problems.push(`the runtime, functions Page, Script and FunctionFile must share one resid (found ${shared.map(String).join(", ")})`);
    const namespace = Array.from(functionsPoint.getElementsByTagName("Namespace"))[0] as Element | undefined;
    const nsResid = namespace?.getAttribute("resid");
    const nsValue = all("bt:String")
      .find((s) => s.getAttribute("id") === nsResid)
      ?.getAttribute("DefaultValue");
    if (nsValue !== "THUIS") problems.push(`the custom functions namespace must be THUIS (found ${nsValue ?? "none"})`);
  }

  // https only
  for (const el of Array.from(doc.getElementsByTagName("*")) as Element[]) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v) && !v.startsWith("https://")) problems.push(`URL is not https: ${v}`);
    }
  }
  for (const el of all("AppDomain"))
    if (!(el.textContent ?? "").trim().startsWith("https://")) problems.push(`AppDomain is not https: ${el.textContent}`);

  // icons exist in assets/ at the sizes named
  const images = new Map(
    all("bt:Image")
      .filter((i) => i.getAttribute("id"))
      .map((i) => [i.getAttribute("id")!, i.getAttribute("DefaultValue") ?? ""]),
  );
  const expectSize = (url: string, size: number, what: string) => {
    const file = join(assetsDir, url.replace(/^.*\/assets\//, ""));
    if (!url.includes("/assets/") || !existsSync(file)) {
      problems.push(`${what}: icon ${url} not found in assets/`);
      return;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) problems.push(`${what}: ${file} is not a PNG`);
    else if (dims.width !== size || dims.height !== size)
      problems.push(`${what}: ${file} is ${dims.width}×${dims.height}, not ${size}×${size}`);
  };
  for (const img of Array.from(doc.getElementsByTagName("bt:Image")) as Element[]) {
    const size = img.getAttribute("size");
    if (size) expectSize(images.get(img.getAttribute("resid") ?? "") ?? "", Number(size), `icon size ${size}`);
  }
  const iconUrl = all("IconUrl")[0]?.getAttribute("DefaultValue");
  const highRes = all("HighResolutionIconUrl")[0]?.getAttribute("DefaultValue");
  if (iconUrl) expectSize(iconUrl, 32, "IconUrl");
  if (highRes) expectSize(highRes, 64, "HighResolutionIconUrl");

  // requirement sets: at least what the code uses
  const declared = new Map(
    all("Set").map((el) => [
      el.getAttribute("Name") ?? "",
      el.getAttribute("MinVersion") ?? all("Sets")[0]?.getAttribute("DefaultMinVersion") ?? "1.1",
    ]),
  );
  if (functionsSource !== null) {
    for (const need of requiredSets(functionsSource)) {
      const have = declared.get(need.name);
      if (have === undefined)
        problems.push(`requirement set ${need.name} ${need.version} is needed (${need.why}) but not declared in <Requirements>`);
      else if (compareVersions(have, need.version) < 0)
        problems.push(`requirement set ${need.name} must be at least ${need.version} (${need.why}); the manifest asks for ${have}`);
    }
  }

  const permissions = all("Permissions")[0]?.textContent?.trim();
  if (permissions !== "ReadWriteDocument")
    problems.push(`permissions should be the least needed, ReadWriteDocument (found ${permissions})`);
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or null if it is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The functions source next to `assetsDir` (../src/functions/functions.ts), or null when absent. */
function defaultFunctionsSource(assetsDir: string): string | null {
  const file = join(assetsDir, "..", "src", "functions", "functions.ts");
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/**
 * Requirement sets the custom-functions code needs, from the APIs it calls.
 *
 * @example requiredSets("throw new CustomFunctions.Error(code, message)") // [{ name: "CustomFunctionsRuntime", version: "1.2", … }]
 */
export function requiredSets(source: string): { name: string; version: string; why: string }[] {
  const sets: { name: string; version: string; why: string }[] = [];
  if (/new\s+CustomFunctions\.Error\s*\(/.test(source))
    sets.push({ name: "CustomFunctionsRuntime", version: "1.2", why: "the functions return CustomFunctions.Error with a message" });
  else if (/@customfunction|CustomFunctions\.associate/.test(source))
    sets.push({ name: "CustomFunctionsRuntime", version: "1.1", why: "the add-in has custom functions" });
  return sets;
}

/** "1.2" vs "1.10": by numeric parts. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
