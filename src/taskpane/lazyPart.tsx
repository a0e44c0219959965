import { ComponentType, LazyExoticComponent, lazy } from "react";

/**
 * A part of the pane that loads on demand (its own chunk): `Component` renders it inside a
 * `<Suspense>`, `preload()` fetches it ahead (the pane does so while the user reads step 1).
 * Once loaded it renders at once, without a Suspense fallback: stepping to a prefetched step does
 * not flash a spinner.
 *
 * @example
 *   const DataStep = lazyPart(() => import("./components/DataStep").then((m) => m.DataStep));
 *   <Suspense fallback={<Spinner />}><DataStep.Component /></Suspense>; DataStep.preload();
 */
export interface LazyPart<P extends object> {
  Component: ComponentType<P>;
  preload: () => Promise<unknown>;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed fetch (network) is tried again on the next render
        throw error;
      },
    ));
  const Lazy: LazyExoticComponent<ComponentType<P>> = lazy(() => preload().then((component) => ({ default: component })));
  function Part(props: P) {
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }
  return { Component: Part, preload };
}

/**
 * Runs `task` when the browser is idle (after the first paint), or soon where
 * `requestIdleCallback` is missing (Safari, jsdom). Returns a function that cancels it.
 */
export function whenIdle(task: () => void): () => void {
  const w = window as Window & { requestIdleCallback?: (cb: () => void) => number; cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(task);
    return () => w.cancelIdleCallback!(id);
  }
  const id = setTimeout(task, 1);
  return () => clearTimeout(id);
}
