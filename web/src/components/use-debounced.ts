/** A value that follows its input after a pause, so typing sends one search, not one per key. */
import { useEffect, useState } from 'react';

/** `value`, updated `delayMs` after it last changed. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [value, delayMs]);
  return settled;
}
