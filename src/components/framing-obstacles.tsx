import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';


/**
 * What the app draws over the map (the floating legend, the tour's caption card): each overlay
 * registers its own element here, and the map frames its zones clear of them (wherever they are). An explicit contract
 * between features instead of the map looking up other features' markup by class. The version
 * changes whenever an overlay appears, goes or changes size, so the map can frame again.
 */
export class ObstacleRegistry {
  private entries = new Set<HTMLElement>();
  private listeners = new Set<() => void>();
  private version = 0;
  private observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.bump());

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getVersion = () => this.version;

  register(el: HTMLElement) {
    this.entries.add(el);
    this.observer?.observe(el);
    this.bump();
    return () => {
      this.entries.delete(el);
      this.observer?.unobserve(el);
      this.bump();
    };
  }

  /** The registered overlays on screen now (an element that is not drawn has no rectangle). */
  rects = (): DOMRect[] => [...this.entries].map((el) => el.getBoundingClientRect()).filter((rect) => rect.width > 0 && rect.height > 0);

  private bump() {
    this.version += 1;
    for (const l of this.listeners) l();
  }
}

const RegistryContext = createContext<ObstacleRegistry | null>(null);

export function FramingObstaclesProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new ObstacleRegistry());
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** Registers an overlay drawn over the map while `enabled` (outside a provider it does nothing). */
export function useFramingObstacle(ref: RefObject<HTMLElement | null>, enabled = true): void {
  const registry = useContext(RegistryContext);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!registry || !el || !enabled) return;
    return registry.register(el);
  }, [registry, ref, enabled]);
}

const NO_VERSION = () => 0;
const NO_SUBSCRIBE = () => () => {};
const NONE = (): DOMRect[] => [];

/** The overlays to keep clear of, and a version that changes with them (for the map). */
export function useFramingObstacles(): { version: number; rects: () => DOMRect[] } {
  const registry = useContext(RegistryContext);
  const version = useSyncExternalStore(registry?.subscribe ?? NO_SUBSCRIBE, registry?.getVersion ?? NO_VERSION);
  return { version, rects: registry?.rects ?? NONE };
}
