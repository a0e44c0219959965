/** jsdom lacks these browser APIs; Fluent UI's components ask for them. Call in beforeAll. */
export function installJsdomShims(): void {
  window.matchMedia =
    window.matchMedia ??
    ((() => ({
      matches: false,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof window.matchMedia);
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
