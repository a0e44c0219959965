/**
 * Which ExcelApi requirement set the code needs, read from the code itself: every Office API
 * member used (property read or written, method called, enum member, property of an object
 * literal handed to Office.js) is resolved with the TypeScript checker to its declaration in
 * @types/office-js, and that declaration's `[Api set: ExcelApi x.y]` tag is the smallest set
 * that provides it. The largest of those is what the code needs.
 */
import * as ts from "typescript";
import { dirname, join, relative } from "node:path";

export interface MemberUse {
  /** As written in Office.js: `Excel.Worksheet.getRange`. */
  member: string;
  /** `ExcelApi 1.4`, or another set's name and version (`ExcelApiOnline 1.1`). */
  set: string;
  version: string;
  /** `src/excel/scenarioSheet.ts:42` — the first use, relative to the working directory. */
  at: string;
}

const OFFICE_TYPES = join(dirname(require.resolve("@types/office-js/package.json")), "index.d.ts");
const TAG = /\[Api set: ([A-Za-z]+) (\d+\.\d+)/;

/** Compares "1.9" < "1.13" as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

/** The `[Api set: …]` tag in the doc comment of an Office.js declaration, if any. */
function apiSetOf(declaration: ts.Declaration): { set: string; version: string } | null {
  const file = declaration.getSourceFile();
  if (file.fileName !== OFFICE_TYPES.replace(/\\/g, "/") && !file.fileName.endsWith("@types/office-js/index.d.ts")) return null;
  const text = file.text;
  const comments = ts.getLeadingCommentRanges(text, declaration.pos) ?? [];
  for (const range of comments) {
    const match = TAG.exec(text.slice(range.pos, range.end));
    if (match) return { set: match[1], version: match[2] };
  }
  return null;
}

/** Qualified name of an Office.js declaration: `Excel.Range.getCell`. */
function nameOf(checker: ts.TypeChecker, declaration: ts.Declaration): string {
  const symbol = (declaration as { symbol?: ts.Symbol }).symbol;
  return symbol ? checker.getFullyQualifiedName(symbol) : declaration.getText().slice(0, 40);
}

/** The declaration a use resolves to: the overload actually called, else the symbol's. */
function declarationsOf(checker: ts.TypeChecker, node: ts.Node): ts.Declaration[] {
  const parent = node.parent;
  if (
    ts.isPropertyAccessExpression(parent) &&
    parent.name === node &&
    ts.isCallExpression(parent.parent) &&
    parent.parent.expression === parent
  ) {
    const signature = checker.getResolvedSignature(parent.parent);
    if (signature?.declaration && !ts.isJSDocSignature(signature.declaration)) return [signature.declaration];
  }
  if (ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) {
    // a property of an object literal handed to Office.js: its declaration in the contextual type
    const contextual = checker.getContextualType(parent.parent as ts.ObjectLiteralExpression);
    const property = contextual?.getProperty((node as ts.Identifier).text);
    return property?.declarations ?? [];
  }
  return checker.getSymbolAtLocation(node)?.declarations ?? [];
}

/** Every Office.js member the given files use, with the set that provides it. */
export function officeMembersUsed(files: string[], options: ts.CompilerOptions = {}): MemberUse[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // the ES library only: DOM types Office.js mentions become `any`, which no Excel member is
    lib: ["lib.es2020.d.ts"],
    types: ["office-js"],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    ...options,
  });
  const checker = program.getTypeChecker();
  const uses = new Map<string, MemberUse>();
  const wanted = new Set(files.map((f) => f.replace(/\\/g, "/")));
  for (const file of program.getSourceFiles()) {
    if (!wanted.has(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      const parent = node.parent as ts.Node | undefined;
      const isName =
        parent !== undefined &&
        ((ts.isPropertyAccessExpression(parent) && parent.name === node) ||
          ((ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) &&
            parent.name === node &&
            ts.isObjectLiteralExpression(parent.parent)));
      if (ts.isIdentifier(node) && isName) {
        for (const declaration of declarationsOf(checker, node)) {
          const tag = apiSetOf(declaration);
          if (!tag) continue;
          const member = nameOf(checker, declaration);
          const key = `${member} ${tag.set} ${tag.version}`;
          if (!uses.has(key)) {
            const { line } = file.getLineAndCharacterOfPosition(node.getStart());
            const path = relative(process.cwd(), file.fileName).replace(/\\/g, "/");
            uses.set(key, { member, ...tag, at: `${path}:${line + 1}` });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...uses.values()].sort((a, b) => a.member.localeCompare(b.member));
}

/** The largest ExcelApi version among the uses ("1.1" when none). */
export function excelApiNeeded(uses: readonly MemberUse[]): string {
  return uses.filter((u) => u.set === "ExcelApi").reduce((max, u) => (compareVersions(u.version, max) > 0 ? u.version : max), "1.1");
}
