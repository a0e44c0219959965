import type { Page } from "playwright-core";

/**
 * What is wrong with the layout of the page as it is now, by bounding boxes: visible labels,
 * inputs and buttons (a label: its text) that overlap each other, run past the pane's right (or left) edge, or are
 * cut off by a box that hides its overflow; and a page that scrolls sideways. An element inside
 * a sideways-scrolling region is measured as far as the region shows it (the region may scroll;
 * it must fit itself). Visible: rendered, not transparent, at least 2 × 2 px (screen-reader
 * texts of 1 px are not), and not scrolled out of its region.
 */
export interface LayoutFault {
  kind: "overlap" | "pastEdge" | "cutOff" | "pageScrollsSideways";
  what: string;
  with?: string;
  box?: { left: number; top: number; right: number; bottom: number };
}

export function layoutFaults(page: Page): Promise<LayoutFault[]> {
  return page.evaluate(findFaults);
}

/** Runs in the page: self-contained (no closures over test code). */
function findFaults(): LayoutFault[] {
  const width = document.documentElement.clientWidth;
  const selector = [
    "label",
    "input:not([type=hidden])",
    "textarea",
    "select",
    "button",
    "[role=button]",
    "[role=combobox]",
    "[role=tab]",
    "a[href]",
  ].join(",");
  const name = (el: Element): string => {
    const text = (el.getAttribute("aria-label") ?? (el as HTMLElement).innerText ?? "").trim().replace(/\s+/g, " ");
    const tag = el.tagName.toLowerCase();
    const value = el instanceof HTMLInputElement ? `[${el.type}${el.value ? `=${el.value.slice(0, 20)}` : ""}]` : "";
    return `${tag}${value} "${text.slice(0, 50)}"`;
  };
  const textBox = (el: Element): DOMRect => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect();
  };
  const faults: LayoutFault[] = [];
  const boxes: { el: Element; box: { left: number; top: number; right: number; bottom: number } }[] = [];
  for (const el of Array.from(document.querySelectorAll(selector))) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    // a label is where its text is (Fluent pads labels so that their boxes touch); a control is its whole box
    const r = el.tagName === "LABEL" ? textBox(el) : el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    let cut = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const c = a.getBoundingClientRect();
      const scrolls = style.overflowX === "auto" || style.overflowX === "scroll";
      if (!scrolls && (box.left < c.left - 0.5 || box.right > c.right + 0.5) && box.right > c.left && box.left < c.right) cut = true;
      box = {
        left: Math.max(box.left, c.left),
        top: style.overflowY === "visible" ? box.top : Math.max(box.top, c.top),
        right: Math.min(box.right, c.right),
        bottom: style.overflowY === "visible" ? box.bottom : Math.min(box.bottom, c.bottom),
      };
    }
    if (box.right - box.left < 2 || box.bottom - box.top < 2) continue; // scrolled out of view
    const round = (b: typeof box) => ({
      left: Math.round(b.left),
      top: Math.round(b.top),
      right: Math.round(b.right),
      bottom: Math.round(b.bottom),
    });
    if (cut) faults.push({ kind: "cutOff", what: name(el), box: round(r) });
    if (box.right > width + 0.5 || box.left < -0.5) faults.push({ kind: "pastEdge", what: name(el), box: round(box) });
    const own = el as HTMLElement;
    const clipsText = getComputedStyle(own).overflowX !== "visible" || getComputedStyle(own).textOverflow === "ellipsis";
    if (clipsText && !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && own.scrollWidth > own.clientWidth + 1)
      faults.push({ kind: "cutOff", what: `text of ${name(el)}`, box: round(r) });
    boxes.push({ el, box });
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue; // a label around its own control
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1)
        faults.push({
          kind: "overlap",
          what: name(a.el),
          with: name(b.el),
          box: {
            left: Math.round(a.box.left),
            top: Math.round(a.box.top),
            right: Math.round(a.box.right),
            bottom: Math.round(a.box.bottom),
          },
        });
    }
  }
  if (document.documentElement.scrollWidth > width) {
    // name the innermost elements that stick out (not those inside a box that clips or scrolls)
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const out = Array.from(document.body.querySelectorAll("*")).filter(
      (el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el),
    );
    const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
    faults.push({
      kind: "pageScrollsSideways",
      what: `${document.documentElement.scrollWidth} px: ${innermost
        .slice(0, 3)
        .map((el) => `${name(el)} .${String(el.className).split(" ")[0]}`)
        .join("; ")}`,
    });
  }
  return faults;
}
