/**
 * A tiny hash router: `#/partners`, `#/chains/segment/<id>`. Hash routes need
 * no server rewrite rules and survive a reload on any static host.
 */
import { useEffect, useState } from 'react';

/** The current route's path segments, e.g. ['chains', 'segment', 'nev.battery-cells']. */
export function currentPath(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .replace(/\?.*$/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
}

/** A link target for path segments. */
export function href(...parts: string[]): string {
  return `#/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}

/** Navigates to path segments. */
export function navigate(...parts: string[]): void {
  window.location.hash = href(...parts);
}

/** The current route, updated on hashchange. */
export function useRoute(): string[] {
  const [path, setPath] = useState(() => currentPath(window.location.hash));
  useEffect(() => {
    const update = () => {
      setPath(currentPath(window.location.hash));
    };
    window.addEventListener('hashchange', update);
    return () => {
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return path;
}
