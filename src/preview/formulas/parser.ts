import { columnIndex } from "../../sheets/a1";
import type { Scalar } from "./values";

/**
 * The parser of the preview's formula evaluator: a formula's text to a tree, by recursive
 * descent with Excel's precedence (comparison < & < + − < * / < ^ < unary minus < %; a leading
 * minus binds tighter than ^, so =-2^2 is 4). Anything outside the subset throws ParseError,
 * which the evaluator shows as #NAME?.
 *
 * @example
 *   parseFormula("=SUM(B13:B21)*2");
 *   // { kind: "binary", op: "*", left: { kind: "call", name: "SUM", args: [{ kind: "ref", … }] }, right: { kind: "value", value: 2 } }
 */
export interface CellAt {
  row: number;
  column: number;
}
export type Node =
  | { kind: "value"; value: Scalar }
  | { kind: "ref"; sheet: string | null; a: CellAt; b: CellAt | null }
  | { kind: "table"; table: string; column: string }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "unary"; op: string; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "error"; error: string };
export type CallNode = Extract<Node, { kind: "call" }>;

export class ParseError extends Error {}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)/;
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*/;
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const COMPARISON_OPS = ["<>", "<=", ">=", "=", "<", ">"];

/** Parses a formula (with or without its leading "="); throws ParseError outside the subset. */
export function parseFormula(formula: string): Node {
  const known = parsed.get(formula);
  if (known instanceof ParseError) throw known;
  if (known) return known;
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  try {
    const tree = new Parser(formula).formula();
    parsed.set(formula, tree);
    return tree;
  } catch (e) {
    if (e instanceof ParseError) parsed.set(formula, e);
    throw e;
  }
}

/**
 * Formulas parsed before, by their text: the preview computes its workbook again after every change,
 * and nearly every formula is one it parsed the time before (with 400 municipalities a third of each
 * computation went on parsing). The evaluator only reads a tree, so one tree serves every cell and
 * every computation that has its text; the limit only bounds the memory of a long session.
 */
const parsed = new Map<string, Node | ParseError>();
const PARSED_LIMIT = 50_000;

class Parser {
  private readonly text: string;
  private pos = 0;

  constructor(private readonly source: string) {
    this.text = source.startsWith("=") ? source.slice(1) : source;
  }

  formula(): Node {
    const node = this.comparison();
    this.space();
    if (this.pos !== this.text.length) this.fail(`unexpected ${this.text.slice(this.pos)}`);
    return node;
  }

  private fail(what: string): never {
    throw new ParseError(`${what} at ${this.pos} in ${this.source}`);
  }

  private space(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  /** The next character after spaces. */
  private next(): string | undefined {
    this.space();
    return this.text[this.pos];
  }

  private peek(s: string): boolean {
    this.space();
    return this.text.startsWith(s, this.pos);
  }

  private eat(s: string): void {
    if (!this.peek(s)) this.fail(`expected ${s}`);
    this.pos += s.length;
  }

  private rest(): string {
    return this.text.slice(this.pos);
  }

  /** A left-associative level: operand (op operand)*, with the operators this level reads. */
  private level(operand: () => Node, ops: readonly string[]): Node {
    let left = operand();
    for (;;) {
      this.space();
      const op = ops.find((o) => this.text.startsWith(o, this.pos));
      if (!op) return left;
      this.pos += op.length;
      left = { kind: "binary", op, left, right: operand() };
    }
  }

  private comparison = (): Node => this.level(this.concat, COMPARISON_OPS);
  private concat = (): Node => this.level(this.additive, ["&"]);
  private additive = (): Node => this.level(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Node => this.level(this.power, ["*", "/"]);
  private power = (): Node => this.level(this.unary, ["^"]);

  private unary = (): Node => {
    const ch = this.next();
    if (ch === "-" || ch === "+") {
      this.pos++;
      return { kind: "unary", op: ch, arg: this.unary() };
    }
    let node = this.primary();
    while (this.peek("%")) {
      this.pos++;
      node = { kind: "unary", op: "%", arg: node };
    }
    return node;
  };

  private primary(): Node {
    const ch = this.next();
    if (ch === undefined) this.fail("unexpected end");
    if (ch === "(") {
      this.pos++;
      const inner = this.comparison();
      this.eat(")");
      return inner;
    }
    if (ch === '"') return { kind: "value", value: this.quoted('"') };
    if (ch === "#") return this.errorLiteral();
    if (ch === "'") {
      const sheet = this.quoted("'");
      this.eat("!");
      return this.reference(sheet);
    }
    const number = NUMBER.exec(this.rest());
    if (number) {
      this.pos += number[0].length;
      return { kind: "value", value: Number(number[0]) };
    }
    const cell = CELL.exec(this.rest());
    if (cell && !/[A-Za-z0-9_.([!]/.test(this.text[this.pos + cell[0].length] ?? "")) return this.reference(null);
    return this.named();
  }

  /** Text between quotes, a doubled quote standing for one ("say ""ja""", 'Jan''s blad'). */
  private quoted(quote: string): string {
    let value = "";
    this.pos++;
    for (;;) {
      if (this.pos >= this.text.length) this.fail(`unterminated ${quote}`);
      const ch = this.text[this.pos];
      if (ch === quote && this.text[this.pos + 1] === quote) {
        value += quote;
        this.pos += 2;
      } else if (ch === quote) {
        this.pos++;
        return value;
      } else {
        value += ch;
        this.pos++;
      }
    }
  }

  private errorLiteral(): Node {
    const m = /^#[A-Z0-9/]+[!?]?/.exec(this.rest());
    if (!m) this.fail("bad error literal");
    this.pos += m[0].length;
    return { kind: "error", error: m[0] };
  }

  /** A function call, a structured reference, a sheet name before !, or TRUE/FALSE. */
  private named(): Node {
    const name = NAME.exec(this.rest());
    if (!name) this.fail(`unexpected ${this.text[this.pos]}`);
    const after = this.text[this.pos + name[0].length];
    this.pos += name[0].length;
    if (after === "(") return this.call(name[0].toUpperCase());
    if (after === "[") return this.structured(name[0]);
    if (after === "!") {
      this.pos++;
      return this.reference(name[0]);
    }
    if (/^(TRUE|FALSE)$/i.test(name[0])) return { kind: "value", value: name[0].toUpperCase() === "TRUE" };
    this.pos -= name[0].length;
    this.fail(`unknown name ${name[0]}`);
  }

  /** Arguments after "NAME(": an omitted one (f(a,,b)) is null. */
  private call(name: string): Node {
    this.pos++;
    const args: (Node | null)[] = [];
    if (this.peek(")")) {
      this.pos++;
      return { kind: "call", name, args };
    }
    for (;;) {
      const ch = this.next();
      args.push(ch === "," || ch === ")" ? null : this.comparison());
      if (this.next() !== ",") break;
      this.pos++;
    }
    this.eat(")");
    return { kind: "call", name, args };
  }

  /** Gemeenten[Inwonertal]: a table column. */
  private structured(table: string): Node {
    this.pos++;
    const close = this.text.indexOf("]", this.pos);
    if (close < 0) this.fail("unterminated structured reference");
    const column = this.text.slice(this.pos, close);
    this.pos = close + 1;
    return { kind: "table", table, column };
  }

  private cellAt(): CellAt | null {
    const m = CELL.exec(this.rest());
    if (!m || /[A-Za-z0-9_.([]/.test(this.text[this.pos + m[0].length] ?? "")) return null;
    this.pos += m[0].length;
    return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  }

  /** B3, $B$3 or B13:B21, in the given sheet (null: the formula's own). */
  private reference(sheet: string | null): Node {
    const a = this.cellAt();
    if (!a) this.fail("not a reference");
    let b = null;
    if (this.text[this.pos] === ":") {
      this.pos++;
      b = this.cellAt();
      if (!b) this.fail("not a range");
    }
    return { kind: "ref", sheet, a, b };
  }
}
